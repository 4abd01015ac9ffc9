// The `test` and `expect` every page spec imports. Its `page` fails the test after it ends if
// any page of the test's browser context logged a console error or threw (an uncaught
// exception or rejection), so an error that leaves the page looking fine is still caught.
//
// A test that provokes errors on purpose opts out by name: a tag in its details,
//   test('a broken core shows a message', { tag: '@expects-page-errors' }, async ({ page }) => …)
// The errors seen so far are the fixture `pageErrors` (an array of strings), for tests that
// want to check them at a moment of their own.
import { test as base, expect } from '@playwright/test';

export const OPT_OUT_TAG = '@expects-page-errors';

export const test = base.extend({
  pageErrors: async ({}, use) => { await use([]); },  // eslint-disable-line no-empty-pattern

  // Every page the context opens (the test's `page` and any `context.newPage()`) is watched.
  context: async ({ context, pageErrors }, use) => {
    const watch = (p) => {
      p.on('console', (m) => { if (m.type() === 'error') pageErrors.push(`console.error on ${p.url()}: ${m.text()}`); });
      p.on('pageerror', (e) => pageErrors.push(`uncaught on ${p.url()}: ${e.stack || e}`));
    };
    context.pages().forEach(watch);
    context.on('page', watch);
    await use(context);
  },

  page: async ({ page, pageErrors }, use, testInfo) => {
    await use(page);
    if (!testInfo.tags.includes(OPT_OUT_TAG))
      expect(pageErrors, 'the page logged an error or threw (tag the test @expects-page-errors if it must)').toEqual([]);
  },
});

export { expect };
