// The playground's stories are plain data other pages list (a gallery, an embed dialog): each
// has an id, a title and a one-line description in both languages, a spec the core accepts,
// compare runs the core accepts, and a link that opens the same run. What each story's text
// claims is checked on the page by tests/e2e/playground-stories.spec.js.
import { test, expect, beforeAll } from 'vitest';
import { loadTestCore } from './load-core.js';
import { STORIES, storyHash } from '../../web/playground/stories.js';
import { fromHash } from '../../web/playground/state.js';

let core, catalog;
beforeAll(async () => { core = await loadTestCore(); catalog = JSON.parse(core.catalog()); });

test('every story has a unique id and its title and description in English and 中文', () => {
  expect(new Set(STORIES.map((s) => s.id)).size).toBe(STORIES.length);
  for (const s of STORIES) {
    for (const lang of ['en', 'zh']) {
      expect(s.title[lang], `${s.id} title ${lang}`).toMatch(/\S/);
      expect(s.description[lang], `${s.id} description ${lang}`).toMatch(/\S/);
      expect(s.description[lang]).not.toMatch(/\n/);
    }
    expect(s.description.zh).toMatch(/[\u4e00-\u9fff]/);
    for (const run of s.compare) expect(run.label.zh).toMatch(/\S/);
  }
});

test('the course’s eight stories are there', () => {
  expect(STORIES.map((s) => s.id)).toEqual(['overfitting', 'l2', 'l1', 'dropout', 'earlyStopping', 'batchNorm', 'batchSize', 'learningRateTooLarge']);
});

test('every story’s run and compare runs are specs the core accepts', () => {
  for (const s of STORIES) {
    for (const spec of [s.spec, ...s.compare.map((c) => c.spec)]) {
      expect(() => core.normalizeSpec(JSON.stringify(spec)), s.id).not.toThrow();
    }
    expect(Number.isInteger(s.epochs) && s.epochs > 0).toBe(true);
  }
});

test('a story’s link opens the same experiment', () => {
  for (const s of STORIES) {
    const parsed = fromHash(`#${storyHash(s)}`, catalog);
    expect(parsed.errors, s.id).toEqual([]);
    expect(core.normalizeSpec(JSON.stringify(parsed.spec)), s.id).toBe(core.normalizeSpec(JSON.stringify(s.spec)));
    for (const [k, v] of Object.entries(s.view ?? {})) expect(parsed.view[k]).toEqual(v);
  }
});
