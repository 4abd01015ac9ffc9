// What every page shares (web/shared/): the header links every page of pages.js and marks the
// current one, the language chosen on one page is the language of the next, a teacher's link
// can set the language, and long values in a message are cut to a readable size.
import { test, expect } from './fixtures.js';
import { openPage } from './helpers.js';
import { PAGES } from '../../web/shared/pages.js';
import { hideKeysByPage, loadCatalog } from '../../scripts/hide-keys.mjs';

for (const p of PAGES)
  test(`${p.en}: the header links every page and marks this one`, async ({ page }) => {
    await openPage(page, p.href.replace('./index.html', '/'));
    const links = page.locator('.site-header nav a');
    await expect(links).toHaveCount(PAGES.length);
    for (const other of PAGES) await expect(page.locator(`.site-header a[href="${other.href}"]`)).toHaveText(other.en);
    await expect(page.locator('.site-header [aria-current="page"]')).toHaveText(p.en);
    await expect(page.locator('.site-header [aria-current="page"]')).toHaveAttribute('href', p.href);
  });

test('the language chosen on one page is kept on the next; the header follows it', async ({ page }) => {
  await openPage(page, '/');
  await page.locator('#language').click();
  await expect(page.locator('.site-header [aria-current="page"]')).toHaveText(PAGES[0].zh);
  await page.locator(`.site-header a[href="${PAGES[1].href}"]`).click();
  await expect(page.locator('body')).toHaveAttribute('data-state', 'ready');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('.site-header [aria-current="page"]')).toHaveText(PAGES[1].zh);
  await expect(page.locator('#language')).toHaveText('English');
});

test('a link’s lang= opens the page in that language and follows the switch', async ({ page }) => {
  await openPage(page, '/lab.html#lang=zh');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('#optimal')).toHaveText('设为最优参数');
  await page.locator('#language').click();
  await expect(page.locator('#optimal')).toHaveText('Set optimal parameters');
  expect(page.url()).toContain('lang=en');
  await openPage(page, '/#lang=klingon');
  await expect(page.locator('#message')).toContainText("lang: must be en or zh, got 'klingon'");
});

test('hide keys remove the header’s links and language switch', async ({ page }) => {
  await openPage(page, '/#hide=pages,language');
  await expect(page.locator('.site-nav')).toBeHidden();
  await expect(page.locator('#language')).toBeHidden();
  await expect(page.locator('.site-header .brand')).toBeVisible();
});

test('a message cuts a very long value from a link and keeps its start and end', async ({ page }) => {
  await openPage(page, `/#data.generator=spiral${'x'.repeat(3000)}end`);
  const text = await page.locator('#message').textContent();
  expect(text.length).toBeLessThan(700);
  expect(text).toContain('data.generator');
  expect(text).toMatch(/spiralxxx+…x*end/);
  await expect(page.locator('#message')).toHaveAttribute('data-kind', 'error');
});

test('the header at a narrow width stays on screen', async ({ page }) => {
  await page.setViewportSize({ width: 420, height: 900 });
  await openPage(page, '/');
  const box = await page.locator('.site-header').boundingBox();
  expect(box.width).toBeLessThanOrEqual(420);
  for (const p of PAGES) {
    const link = await page.locator(`.site-header a[href="${p.href}"]`).boundingBox();
    expect(link.x + link.width).toBeLessThanOrEqual(420);
  }
});

test('every hide key the README lists removes something on its page; an unknown key is named', async ({ page }) => {
  const byPage = hideKeysByPage(await loadCatalog());
  for (const p of PAGES.filter((x) => byPage[x.id])) {
    await openPage(page, p.href.replace('./index.html', '/'));
    const present = await page.evaluate(() => [...new Set([...document.querySelectorAll('[data-control]')].map((e) => e.dataset.control))]);
    expect(Object.keys({ ...byPage.header, ...byPage[p.id] }).filter((k) => !present.includes(k)), p.id).toEqual([]);
  }
  await openPage(page, '/#hide=data,nonsense');
  await expect(page.locator('#message')).toContainText("hide: unknown control 'nonsense'");
  await expect(page.locator('.data-column')).toBeHidden();
});

test('the playground and the lab reject an out-of-range learning rate with the core’s same words', async ({ page }) => {
  await openPage(page, '/#optimizer.learningRate=100');
  const playground = (await page.locator('#message').textContent()).match(/optimizer\.learningRate: must be from \S+ to \S+, got 100/);
  expect(playground).not.toBeNull();
  await openPage(page, '/lab.html#sgd.learningRate=100');
  await expect(page.locator('#message')).toContainText(playground[0]);
});
