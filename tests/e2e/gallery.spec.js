// The gallery: every story of every page, each with a thumbnail the page itself drew, opens
// without a console error; "copy embed" gives a snippet that names the story.
import { test, expect } from './fixtures.js';
import { openPage } from './helpers.js';
import { galleryList } from '../../web/gallery/gallery-list.js';

const STORIES = galleryList().flatMap((s) => s.stories);

test('the gallery shows every story with a thumbnail the page drew', async ({ page }) => {
  await openPage(page, '/gallery.html');
  await expect(page.locator('.story-card')).toHaveCount(STORIES.length);
  await expect(page.locator('body')).toHaveAttribute('data-thumbnails', 'done', { timeout: 180000 });
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

for (const [lang, width] of [['en', 1400], ['zh', 1400], ['en', 420], ['zh', 420]]) {
  test(`screenshot: the gallery (${lang}, ${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openPage(page, `/gallery.html#lang=${lang}`);
    await expect(page.locator('body')).toHaveAttribute('data-thumbnails', 'done', { timeout: 180000 });
    await page.screenshot({ path: `test-results/gallery-${lang}-${width}.png` });
  });
}

test('a story link naming no story says which stories the page has', async ({ page }) => {
  await openPage(page, '/regression.html#story=nope');
  await expect(page.locator('#message')).toContainText("story: unknown story 'nope' (this page has scale, rate, batch, momentum)");
  await openPage(page, '/lab.html#story=nope');
  await expect(page.locator('#message')).toContainText("story: unknown story 'nope' (this page has valley,");
});
