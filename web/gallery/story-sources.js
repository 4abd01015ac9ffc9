// Where the gallery (gallery.html) finds the stories: one entry per page that has stories,
// taken from the page's own story definitions, so the gallery cannot list a story the page
// lacks or miss one it has. tests/js/gallery.test.js fails when a page in pages.js has a
// stories module (web/<page>/stories.js or presets.js) that is not listed here.
//
// An entry: the page's id (pages.js), its string table (the stories' titles live there, in
// both languages) and its stories as {id, title: string key}. The gallery opens a story as
// `<page>.html#story=<id>`; each page listed here starts that story when its link says so.
//
// To add a page's stories: one line below (import its stories and strings above it).
import { STORIES as PLAYGROUND_STORIES } from '../playground/stories.js';
import { PRESETS } from '../lab/presets.js';
import { labStrings } from '../lab/strings.js';
import { STORIES as REGRESSION_STORIES } from '../regression/stories.js';
import { regressionStrings } from '../regression/strings.js';
import { STORIES as HOUSES_STORIES } from '../houses/stories.js';
import { STORIES as IMAGES_STORIES } from '../images/stories.js';
import { STORIES as CONCEPTS_STORIES } from '../concepts/stories.js';

// The playground's, houses', images' and concepts' stories carry their title and one-line
// description themselves ({en, zh});
// they are handed over as a string table keyed by the story's id ("Overfitting — 20 noisy …").
const titlesOf = (stories) => Object.fromEntries(['en', 'zh'].map((lang) =>
  [lang, Object.fromEntries(stories.map((s) => [s.id, `${s.title[lang]} — ${s.description[lang]}`]))]));

export const STORY_SOURCES = [
  { page: 'playground', strings: titlesOf(PLAYGROUND_STORIES), stories: PLAYGROUND_STORIES.map((s) => ({ id: s.id, title: s.id })) },
  { page: 'lab', strings: labStrings, stories: PRESETS.map((p) => ({ id: p.id, title: p.title })) },
  { page: 'regression', strings: regressionStrings, stories: REGRESSION_STORIES.map((s) => ({ id: s.id, title: `story_${s.id}` })) },
  ...[['houses', HOUSES_STORIES], ['images', IMAGES_STORIES], ['concepts', CONCEPTS_STORIES]].map(([page, stories]) => (
    { page, strings: titlesOf(stories), stories: stories.map((s) => ({ id: s.id, title: s.id })) })),
];
