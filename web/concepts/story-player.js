// Plays a concepts story (stories.js) opened by `concepts.html#story=<id>`: its link keys are
// read with the page's own (main.js puts them in), then the player presses the story's
// buttons in order, as a student would, and ends with the figure in view.
import { showStoryText, markStory, focusStory } from '../shared/story-link.js';

/** Presses the story's buttons; the backprop loss after each press is kept for the tests. */
export function playStory(story) {
  markStory('playing');
  const figure = document.getElementById(story.focus);
  showStoryText(story, figure);
  const losses = [];
  for (const id of story.clicks ?? []) {
    document.getElementById(id).click();
    const loss = document.getElementById('bpLoss')?.dataset.value;
    if (id.startsWith('bp') && loss !== undefined) losses.push(Number(loss));
  }
  window.conceptsStory = { id: story.id, losses };  // read by tests/e2e/page-stories.spec.js
  focusStory(figure);
  markStory('ended');
}
