// Every string exists in both languages, and every placeholder is the same in both.
import { test, expect } from 'vitest';
import { strings } from '../../web/shared/i18n.js';
import { playgroundStrings } from '../../web/playground/strings.js';
import { labStrings } from '../../web/lab/strings.js';
import { regressionStrings } from '../../web/regression/strings.js';
import { imagesStrings } from '../../web/images/strings.js';
import { conceptsStrings } from '../../web/concepts/strings.js';
import { housesStrings } from '../../web/houses/strings.js';
import { PAGES } from '../../web/shared/pages.js';

const placeholders = (s) => (s.match(/\{\w+\}/g) || []).sort().join(',');
const tables = { shared: strings, playground: playgroundStrings, lab: labStrings, regression: regressionStrings, images: imagesStrings, concepts: conceptsStrings, houses: housesStrings };

for (const [name, table] of Object.entries(tables))
  test(`${name}: English and Chinese have the same keys and placeholders`, () => {
    expect(Object.keys(table.zh).sort()).toEqual(Object.keys(table.en).sort());
    for (const key of Object.keys(table.en)) expect([key, placeholders(table.zh[key])]).toEqual([key, placeholders(table.en[key])]);
  });

test('a page’s strings do not redefine a shared one', () => {
  for (const table of [playgroundStrings, labStrings, regressionStrings, imagesStrings, conceptsStrings, housesStrings])
    expect(Object.keys(table.en).filter((k) => k in strings.en && table.en[k] !== strings.en[k])).toEqual([]);
});

test('every page of the header has a name in both languages and a relative link', () => {
  for (const p of PAGES) {
    expect(p.en && p.zh, p.id).toBeTruthy();
    expect(p.href).toMatch(/^\.\/[\w-]+\.html$/);
  }
});

test('the tooltips use the course’s words', () => {
  expect(playgroundStrings.en.hp_momentumTip).toContain('walks faster in a direction that keeps pointing the same way');
  expect(playgroundStrings.en.regularizationTip).toContain('L1 gives sparse weights');
});
