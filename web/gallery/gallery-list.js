// The gallery's list, from pages.js (the order of the sections) and story-sources.js (the
// stories of each page). Pure data, so tests/js/gallery.test.js reads the same list the page shows.
import { PAGES } from '../shared/pages.js';
import { STORY_SOURCES } from './story-sources.js';

/** The gallery's list: [{page, stories: [{id, key, href, title: {en, zh}}]}] in pages.js order. */
export function galleryList() {
  return PAGES.flatMap((p) => {
    const source = STORY_SOURCES.find((s) => s.page === p.id);
    if (!source) return [];
    const file = p.href.replace(/^\.\//, '');
    return [{
      page: p.id,
      stories: source.stories.map((s) => ({
        id: s.id,
        key: `${p.id}/${s.id}`,
        href: `./${file}#story=${encodeURIComponent(s.id)}`,
        title: { en: source.strings.en[s.title], zh: source.strings.zh[s.title] ?? source.strings.en[s.title] },
      })),
    }];
  });
}

