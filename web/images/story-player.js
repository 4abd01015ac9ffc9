// Plays an image-page story (stories.js) opened by `images.html#story=<id>`. The story's link
// keys are put into the page's link before the page reads it (main.js, withStoryLink), so the
// network is built as the story says; then the player trains to the story's epoch count with the page's own Train
// button logic, draws the story's stroke on the pad if it has one, and marks the end.
import { showStoryText, markStory, focusStory } from '../shared/story-link.js';

/** Replays `points` (pad fractions) as one stroke: the pad draws it and reports its points. */
function drawStroke(pad, points) {
  const { width, height } = pad.canvas;
  const at = points.map(([x, y]) => [x * width, y * height]);
  pad.dot(...at[0]);
  pad.onPoint('begin', ...at[0]);
  for (let i = 1; i < at.length; ++i) {
    pad.segment(...at[i - 1], ...at[i]);
    pad.onPoint('move', ...at[i]);
  }
  pad.onEnd();
}

/** Shows the story's text and marks it as playing (before the page has its data). */
export function announceStory(story) {
  markStory('playing');
  return showStoryText(story);
}

/**
 * After announceStory, once the network is built. page: {ready (the network was built), train() → Promise resolved when training stops, pad}.
 * body[data-story] is 'ended' once the story's end is on screen (after a drawing, once the
 * network's answer for it is shown).
 */
export async function playStory(story, page) {
  if (!page.ready) { markStory('failed'); return; }
  await page.train();
  const focus = document.getElementById(story.focus);
  if (story.draw) {
    drawStroke(page.pad, story.draw);
    const bars = document.getElementById('drawBars');
    for (let i = 0; i < 100 && bars.dataset.best === undefined; ++i) await new Promise((r) => { setTimeout(r, 50); });
  }
  focusStory(focus);
  markStory('ended');
}
