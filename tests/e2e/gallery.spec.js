// The gallery: every story of every page, each with a thumbnail the page itself drew, opens
// without a console error; "copy embed" gives a snippet that names the story.
import { test, expect } from './fixtures.js';
import { openPage } from './helpers.js';
import { galleryList } from '../../web/gallery/gallery-list.js';

const STORIES = galleryList().flatMap((s) => s.stories);

// The thumbnails are taken one story at a time, each at its end (the houses and images stories
// train first), so waiting for all of them takes minutes on a loaded machine.
const ALL_THUMBNAILS_MS = 900000;

test('the gallery lists every story of all six pages, each in its page’s section', async ({ page }) => {
  await openPage(page, '/gallery.html#lang=en');
  const sections = await page.locator('.gallery-section').evaluateAll((ss) => ss.map((s) => s.querySelectorAll('.story-card').length));
  expect(galleryList().map((s) => s.page)).toEqual(expect.arrayContaining(['playground', 'lab', 'regression', 'houses', 'images', 'concepts']));
  expect(sections).toEqual(galleryList().map((s) => s.stories.length));
  for (const s of STORIES) {
    const card = page.locator(`[data-story="${s.key}"]`);
    await expect(card.locator('p[lang="en"], p[lang="zh"]').first(), s.key).toHaveText(s.title.en);
    await expect(card.locator('.other-lang'), s.key).toHaveText(s.title.zh);
  }
});

test('the gallery shows every story with a thumbnail the page drew', async ({ page }) => {
  test.setTimeout(ALL_THUMBNAILS_MS + 60000);
  await openPage(page, '/gallery.html#lang=en');
  await expect(page.locator('.story-card')).toHaveCount(STORIES.length);
  await expect(page.locator('body')).toHaveAttribute('data-thumbnails', 'done', { timeout: ALL_THUMBNAILS_MS });
  for (const s of STORIES) {
    const img = page.locator(`img[data-thumb="${s.key}"]`);
    await expect(img, s.key).toHaveAttribute('data-state', 'ready');
    // Not a blank picture: the page's canvas had something on it.
    const colours = await img.evaluate((im) => {
      const c = Object.assign(document.createElement('canvas'), { width: im.naturalWidth, height: im.naturalHeight });
      const ctx = c.getContext('2d');
      ctx.drawImage(im, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      const seen = new Set();
      for (let i = 0; i < d.length; i += 64) seen.add(`${d[i] >> 4},${d[i + 1] >> 4},${d[i + 2] >> 4}`);
      return seen.size;
    });
    expect(colours, s.key).toBeGreaterThan(5);
  }
});

test('copy embed gives an <iframe> of the story', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openPage(page, '/gallery.html');
  const first = STORIES[0];
  await page.locator(`[data-story="${first.key}"] .story-copy`).click();
  await expect(page.locator(`[data-story="${first.key}"] .copied`)).not.toBeEmpty();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toMatch(new RegExp(`^<iframe src="http://[^"]+/${first.href.slice(2).replace(/[.#]/g, '\\$&')}"`));
});

test('the gallery opens every story, and no page logs an error', async ({ page }) => {
  test.setTimeout(300000);
  await openPage(page, '/gallery.html');
  // The links the gallery shows (not the list the test computed), in their order.
  const links = await page.locator('.story-open').evaluateAll((as) => as.map((a) => a.href));
  expect(links).toHaveLength(STORIES.length);
  for (const [i, href] of links.entries()) {
    expect(href, STORIES[i].key).toMatch(new RegExp(`/${STORIES[i].href.slice(2).replace(/[.#]/g, '\\$&')}$`));
    await openPage(page, href);
    // the page shows the story's text (the playground's #storyText, the others' #story)
    await expect(page.locator('#story, #storyText').first(), href).toBeVisible();
    await expect(page.locator('#message[data-kind="error"]:not([hidden])'), href).toHaveCount(0);
    await page.waitForTimeout(400);  // the story runs a moment (errors while it plays count too)
  }
});

// One pass of thumbnails (they are kept across a language switch), four full-page pictures.
test('screenshots: the gallery in both languages, 1400 and 420 px wide', async ({ page }) => {
  test.setTimeout(ALL_THUMBNAILS_MS + 60000);
  await openPage(page, '/gallery.html#lang=en');
  await expect(page.locator('body')).toHaveAttribute('data-thumbnails', 'done', { timeout: ALL_THUMBNAILS_MS });
  for (const lang of ['en', 'zh']) {
    if (lang === 'zh') await page.locator('#language').click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
    await expect(page.locator('img.story-thumb:not([src])')).toHaveCount(0);
    for (const width of [1400, 420]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `test-results/gallery-${lang}-${width}.png`, fullPage: true });
    }
    await page.setViewportSize({ width: 1400, height: 900 });
  }
});

test('a story link naming no story says which stories the page has', async ({ page }) => {
  await openPage(page, '/regression.html#story=nope');
  await expect(page.locator('#message')).toContainText("story: unknown story 'nope' (this page has scale, rate, batch, momentum)");
  await openPage(page, '/lab.html#story=nope');
  await expect(page.locator('#message')).toContainText("story: unknown story 'nope' (this page has valley,");
  await openPage(page, '/houses.html#story=nope');
  await expect(page.locator('#message')).toContainText("story: unknown story 'nope' (this page has baseline, dropout, layers, activation)");
  await openPage(page, '/images.html#story=nope');
  await expect(page.locator('#message')).toContainText("story: unknown story 'nope' (this page has digits, weights, overfit, dropout, draw)");
  await openPage(page, '/concepts.html#story=nope');
  await expect(page.locator('#message')).toContainText("story: unknown story 'nope' (this page has dead-relu,");
});
