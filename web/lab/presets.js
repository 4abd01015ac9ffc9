// The course's stories, one click each. A story is a partial lab state plus the number of
// iterations it runs; the URL state of the same scene reproduces it exactly. The numbers live
// in stories.json so that the native tests (tests/native/lab_stories_test.cpp) run the very
// scenes the page shows and check that each ends where its text says.
import STORIES from './stories.json' with { type: 'json' };

export const PRESETS = STORIES;

export const presetById = (id) => PRESETS.find((p) => p.id === id);
