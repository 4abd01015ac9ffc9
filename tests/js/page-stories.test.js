// The stories of the house-price, image and concepts pages are plain data the gallery lists:
// each has a unique id, a title and one-line description in English and 中文, and settings the
// page and the core accept. What each text claims is checked on the page by
// tests/e2e/page-stories.spec.js.
import { test, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadTestCore } from './load-core.js';
import { STORIES as HOUSES } from '../../web/houses/stories.js';
import { STORIES as IMAGES } from '../../web/images/stories.js';
import { STORIES as CONCEPTS } from '../../web/concepts/stories.js';
import { runSettings } from '../../web/houses/story-player.js';
import { SETS } from '../../web/images/data-sets.js';
import preset from '../../examples/house-prices.json';

let core;
beforeAll(async () => { core = await loadTestCore(); });

const html = (page) => readFileSync(new URL(`../../web/${page}.html`, import.meta.url), 'utf8');

test('every story has a unique id and its title and one-line description in English and 中文', () => {
  for (const [page, stories] of [['houses', HOUSES], ['images', IMAGES], ['concepts', CONCEPTS]]) {
    expect(new Set(stories.map((s) => s.id)).size, page).toBe(stories.length);
    for (const s of stories) {
      for (const lang of ['en', 'zh']) {
        expect(s.title[lang], `${page}/${s.id} title ${lang}`).toMatch(/\S/);
        expect(s.description[lang], `${page}/${s.id} description ${lang}`).toMatch(/^[^\n]+$/);
      }
      expect(s.description.zh, `${page}/${s.id}`).toMatch(/[\u4e00-\u9fff]/);
      expect(html(page), `${page}/${s.id} focus`).toContain(`id="${s.focus}"`);
    }
  }
});

test('every run of a house-price story is a spec the core accepts, trained for a few tens of epochs', () => {
  // The page's defaults are the Ames preset (main.js); the story puts its sections in.
  const defaults = { seed: preset.seed, model: preset.model, optimizer: preset.optimizer, regularization: preset.regularization, training: preset.training };
  for (const s of HOUSES) {
    expect(s.runs.length, s.id).toBeGreaterThanOrEqual(2);  // each story compares runs
    for (const run of s.runs) {
      const settings = runSettings(defaults, run);
      const spec = { ...preset, ...settings, model: run.baseline ? { hidden: [] } : settings.model };
      const normal = JSON.parse(core.normalizeSpec(JSON.stringify(spec)));
      expect(normal.training.epochs, s.id).toBeLessThanOrEqual(30);
    }
  }
});

test('runSettings keeps the defaults it is given and replaces only the run’s sections', () => {
  const defaults = { seed: 1, model: { hidden: [32, 16], dropout: 0.2 }, training: { epochs: 60, batchSize: 32 }, regularization: { kind: 'l2', rate: 1e-4 } };
  const before = structuredClone(defaults);
  const s = runSettings(defaults, { model: { hidden: [8] }, training: { epochs: 5 } });
  expect(s.model).toEqual({ hidden: [8] });
  expect(s.training).toEqual({ epochs: 5, batchSize: 32 });
  expect(s.regularization).toEqual(before.regularization);
  expect(defaults).toEqual(before);
});

test('every image story names a data set the page has and only keys the page reads', () => {
  const keys = ['set', 'hidden', 'optimizer', 'lr', 'batch', 'dropout', 'l2', 'bn', 'std', 'epochs'];
  for (const s of IMAGES) {
    expect(SETS.map((x) => x.id), s.id).toContain(s.link.set);
    for (const k of Object.keys(s.link)) expect(keys, `${s.id}: ${k}`).toContain(k);
    expect(Number(s.link.epochs), s.id).toBeLessThanOrEqual(20);
  }
});

test('every concepts story uses the page’s link keys and presses buttons the page has', () => {
  const keys = ['act', 'ax', 'logits', 'y', 'T', 'net', 'alpha', 'x', 'target', 'seed', 'step'];
  for (const s of CONCEPTS) {
    for (const k of Object.keys(s.link)) expect(keys, `${s.id}: ${k}`).toContain(k);
    for (const id of s.clicks ?? []) expect(html('concepts'), `${s.id}: ${id}`).toContain(`id="${id}"`);
  }
});
