// The optimizer lab's and the house-price page's control tables against the real core's
// catalog, as tests/js/control-table.test.js does for the playground: every control names a
// field or a list of the catalog (no range, menu or default of its own), and every label,
// tooltip and named menu entry exists in English and 中文.
import { test, expect, beforeAll } from 'vitest';
import { loadTestCore } from './load-core.js';
import { CONTROLS as LAB_CONTROLS } from '../../web/lab/control-table.js';
import { useCatalog } from '../../web/lab/racers.js';
import { labStrings } from '../../web/lab/strings.js';
import { controlRows as housesRows } from '../../web/houses/model-controls.js';
import { housesStrings } from '../../web/houses/strings.js';
import { fieldPath } from '../../web/shared/controls.js';

let catalog;
beforeAll(async () => {
  catalog = JSON.parse((await loadTestCore()).catalog());
  useCatalog(catalog);  // the lab's racers (its focus menu) are the catalog's
});

const tables = () => [['lab', LAB_CONTROLS, labStrings], ['houses', housesRows(catalog), housesStrings]];

test('every menu, slider and number field of the lab and the house-price page reads the catalog', () => {
  for (const [page, rows] of tables())
    for (const row of rows.filter((r) => r.kind !== 'check')) {  // a checkbox is on or off
      const where = `${page}:${row.id}`;
      if (row.options) expect([where, row.options(catalog).length > 0]).toEqual([where, true]);
      else expect([where, catalog.fields[fieldPath(row)] !== undefined]).toEqual([where, true]);
      if (row.kind === 'select' && !row.options) expect([where, catalog.fields[fieldPath(row)].choices.length > 0]).toEqual([where, true]);
    }
});

test('the lab\'s sliders span the core\'s lab.* ranges and its menus offer the catalog\'s surfaces and racers', () => {
  const row = (id) => LAB_CONTROLS.find((r) => r.id === id);
  expect(fieldPath(row('coefA'))).toBe('lab.a');
  expect(fieldPath(row('noiseScale'))).toBe('lab.noise');
  expect(row('surface').options(catalog)).toEqual(catalog.surfaces.map((s) => s.name));
  expect(row('focus').options(catalog)).toEqual(catalog.racers.map((r) => r.id));
  // The house-price page's epochs field is capped by the core's page field, not by the page.
  expect(fieldPath(housesRows(catalog).find((r) => r.id === 'epochs'))).toBe('houses.epochs');
  expect(catalog.fields['houses.epochs'].max).toBeLessThan(catalog.fields['training.epochs'].max);
});

test('every label, tooltip and named menu entry of the two tables is in English and 中文', () => {
  const missing = [];
  for (const [page, rows, strings] of tables())
    for (const lang of ['en', 'zh']) {
      const has = (key) => { if (!(key in strings[lang])) missing.push(`${page}:${lang}:${key}`); };
      for (const row of rows) {
        has(row.label ?? row.id);
        has(row.tip ?? `${row.label ?? row.id}Tip`);
        if (row.options && !row.optionLabel) for (const v of row.options(catalog)) has(v);
      }
    }
  expect(missing).toEqual([]);
});
