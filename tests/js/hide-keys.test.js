// README.md's list of hide keys is the one the pages' tables make (scripts/hide-keys.mjs).
import { test, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { hideKeysByPage, markdown, withBlock, loadCatalog } from '../../scripts/hide-keys.mjs';

test('README.md lists exactly the hide keys of the pages’ tables', async () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const expected = withBlock(readme, markdown(hideKeysByPage(await loadCatalog())));
  expect(readme, 'run: node scripts/hide-keys.mjs --write').toBe(expected);
});

test('every key is described', async () => {
  const byPage = hideKeysByPage(await loadCatalog());
  for (const keys of Object.values(byPage))
    for (const [key, what] of Object.entries(keys)) expect([key, typeof what === 'string' && what.length > 0]).toEqual([key, true]);
});
