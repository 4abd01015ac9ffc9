// The playground's control table against the real core's catalog: every control names a field
// the catalog has, and every label, tooltip and menu entry exists in both languages — so a
// new option or hyperparameter of the core cannot reach the page untranslated.
import { test, expect, beforeAll } from 'vitest';
import { loadTestCore } from './load-core.js';
import { CONTROLS, hyperparameterRows } from '../../web/playground/control-table.js';
import { fieldPath } from '../../web/shared/controls.js';
import { playgroundStrings } from '../../web/playground/strings.js';

let catalog, rows;
beforeAll(async () => {
  catalog = JSON.parse((await loadTestCore()).catalog());
  rows = [...CONTROLS, ...hyperparameterRows(catalog)];
});

test('every menu and slider reads its values from a field or a list of the catalog', () => {
  for (const row of rows.filter((r) => r.kind !== 'check')) {  // a checkbox is on or off
    if (row.options) expect([row.id, row.options(catalog).length > 0]).toEqual([row.id, true]);
    else expect([row.id, catalog.fields[fieldPath(row)] !== undefined]).toEqual([row.id, true]);
    if (row.kind === 'select' && !row.options) expect([row.id, catalog.fields[fieldPath(row)].choices.length > 0]).toEqual([row.id, true]);
  }
});

test('every label, tooltip and named menu entry is in English and 中文', () => {
  const missing = [];
  for (const lang of ['en', 'zh']) {
    const has = (key) => { if (!(key in playgroundStrings[lang])) missing.push(`${lang}:${key}`); };
    for (const row of rows) {
      has(row.label ?? row.id);
      has(row.tip ?? `${row.label ?? row.id}Tip`);
      if (row.options && !row.optionLabel) for (const v of row.options(catalog)) has(v);
    }
    for (const s of catalog.schedules) has(`schedule_${s.name}`);
    for (const g of catalog.generators.filter((x) => x.dims === 2)) has(g.name);
  }
  expect(missing).toEqual([]);
});

test('the hyperparameter menus are the ones some optimizer of the core reads', () => {
  const read = new Set(catalog.optimizers.flatMap((o) => o.params));
  for (const row of hyperparameterRows(catalog)) expect(read.has(row.spec.replace('optimizer.', ''))).toBe(true);
  expect(hyperparameterRows(catalog).map((r) => r.hide)).toContain('beta1');
});
