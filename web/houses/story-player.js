// Plays a house-price story (stories.js) opened by `houses.html#story=<id>`: loads the Ames
// houses, then trains the story's runs one after another through the page's own actions
// (the same settings change and Train / Baseline a student would use), so they end side by
// side in "Runs compared". The page tells it when a run has finished.
import { showStoryText, markStory, focusStory } from '../shared/story-link.js';

/** The page's settings for one run: the defaults with the run's sections put in. */
export function runSettings(defaults, run) {
  const s = structuredClone(defaults);
  if (run.model) s.model = structuredClone(run.model);
  if (run.training) s.training = { ...s.training, ...structuredClone(run.training) };
  if (run.regularization) s.regularization = { ...s.regularization, ...structuredClone(run.regularization) };
  return s;
}

/**
 * page: {loadAmes() → Promise<boolean>, change(apply), startRun(baseline) → boolean (false
 * when the page refused to start), defaults, onRunFinished(callback(run))}.
 * Resolves with the finished runs; body[data-story] is 'ended' once they are all on screen.
 */
export async function playStory(story, page) {
  markStory('playing');
  showStoryText(story);
  const finished = [];
  window.housesStory = { id: story.id, runs: finished };  // read by tests/e2e/page-stories.spec.js
  if (!(await page.loadAmes())) { markStory('failed'); return finished; }
  for (const run of story.runs) {
    const next = runSettings(page.defaults, run);
    page.change((s) => { for (const k of Object.keys(s)) delete s[k]; Object.assign(s, next); });
    const done = new Promise((resolve) => page.onRunFinished(resolve));
    if (!page.startRun(Boolean(run.baseline))) { markStory('failed'); return finished; }
    const r = await done;
    finished.push({ baseline: Boolean(run.baseline), spec: r.spec, history: r.history, testAccuracy: r.testAccuracy });
  }
  page.onRunFinished(null);
  focusStory(document.getElementById(story.focus));
  markStory('ended');
  return finished;
}
