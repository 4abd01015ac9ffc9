// The gallery lists every story of every page, from the stories' own definitions.
import { test, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { PAGES } from '../../web/shared/pages.js';
import { STORY_SOURCES } from '../../web/gallery/story-sources.js';
import { galleryList } from '../../web/gallery/gallery-list.js';
import { STORIES as PLAYGROUND_STORIES } from '../../web/playground/stories.js';
import { PRESETS } from '../../web/lab/presets.js';
import { STORIES as REGRESSION_STORIES } from '../../web/regression/stories.js';
import { STORIES as HOUSES_STORIES } from '../../web/houses/stories.js';
import { STORIES as IMAGES_STORIES } from '../../web/images/stories.js';
import { STORIES as CONCEPTS_STORIES } from '../../web/concepts/stories.js';

const web = new URL('../../web/', import.meta.url);
// A page's stories live in a module whose name says so (stories.js, presets.js, …-stories.js).
const storyModules = (id) => (existsSync(new URL(`${id}/`, web))
  ? readdirSync(new URL(`${id}/`, web)).filter((f) => /(^|-)stories\.js$|^presets\.js$/.test(f)) : []);

test('every page that has a stories module is in the gallery', () => {
  const listed = new Set(STORY_SOURCES.map((s) => s.page));
  const withStories = PAGES.filter((p) => storyModules(p.id).length).map((p) => p.id);
  expect(withStories.length).toBeGreaterThan(0);
  for (const id of withStories) expect(listed.has(id) ? id : `${id} (missing from web/gallery/story-sources.js)`).toBe(id);
});

test('every gallery section is a page of the site, in the header’s order', () => {
  const order = PAGES.map((p) => p.id);
  const sections = galleryList().map((s) => s.page);
  for (const id of sections) expect(order).toContain(id);
  expect(sections).toEqual([...sections].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  expect(sections.length).toBe(STORY_SOURCES.length);
});

test('the gallery holds every story the pages define, no more', () => {
  const ids = (page) => galleryList().find((s) => s.page === page).stories.map((s) => s.id);
  expect(ids('playground')).toEqual(PLAYGROUND_STORIES.map((s) => s.id));
  expect(ids('lab')).toEqual(PRESETS.map((p) => p.id));
  expect(ids('regression')).toEqual(REGRESSION_STORIES.map((s) => s.id));
  expect(ids('houses')).toEqual(HOUSES_STORIES.map((s) => s.id));
  expect(ids('images')).toEqual(IMAGES_STORIES.map((s) => s.id));
  expect(ids('concepts')).toEqual(CONCEPTS_STORIES.map((s) => s.id));
});

test('the gallery has a section for each page the course asks stories of', () => {
  const sections = galleryList().map((s) => s.page);
  for (const id of ['playground', 'lab', 'regression', 'houses', 'images', 'concepts']) expect(sections).toContain(id);
});

test('each story says what it is about in one line, and names a view of its page to show', () => {
  const html = (page) => readFileSync(new URL(`${page}.html`, web), 'utf8');
  for (const [page, stories] of [['houses', HOUSES_STORIES], ['images', IMAGES_STORIES], ['concepts', CONCEPTS_STORIES]]) {
    for (const s of stories) {
      expect(html(page), `${page}/${s.id} focus`).toContain(`id="${s.focus}"`);
      for (const lang of ['en', 'zh']) expect(s.description[lang].length, `${page}/${s.id} ${lang}`).toBeLessThan(200);
    }
  }
});

test('every story has a one-line title in both languages and a link that names it', () => {
  for (const section of galleryList()) {
    for (const s of section.stories) {
      for (const lang of ['en', 'zh']) {
        expect(typeof s.title[lang], `${s.key} ${lang}`).toBe('string');
        expect(s.title[lang].length, `${s.key} ${lang}`).toBeGreaterThan(3);
        expect(s.title[lang], `${s.key} ${lang} is one line`).not.toMatch(/\n/);
      }
      expect(s.title.zh, `${s.key} is translated`).not.toBe(s.title.en);
      expect(s.href).toBe(`./${PAGES.find((p) => p.id === section.page).href.slice(2)}#story=${s.id}`);
    }
  }
});
