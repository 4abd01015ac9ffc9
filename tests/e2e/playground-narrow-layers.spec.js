// Eight hidden layers in a narrow window: each layer's activation and dropout menus show their
// whole choice ("Leaky ReLU", "drop 0.1"), not first letters. Where the diagram's columns are
// too narrow for that, every layer gets one row under the diagram with its name and both menus.
import { test, expect } from './fixtures.js';
import { openPage } from './helpers.js';

const EIGHT = 'model.hidden=[4,4,4,4,4,4,4,4]&model.activations=[leaky_relu,tanh,sigmoid,relu,elu,linear,leaky_relu,tanh]&model.dropout=[0.1,0,0,0,0,0,0,0]';

/** For every layer menu: its width and the width its chosen text needs (in its own font). */
const menus = (page) => page.locator('#network .layer-options select').evaluateAll((els) => {
  const ctx = document.createElement('canvas').getContext('2d');
  return els.map((el) => {
    const cs = getComputedStyle(el);
    ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
    const text = el.selectedOptions[0].textContent;
    const r = el.getBoundingClientRect();
    return { text, need: ctx.measureText(text).width, width: el.clientWidth, x: r.left, y: r.top, h: r.height };
  });
});

for (const lang of ['en', 'zh'])
  for (const [width, height] of [[420, 900], [1400, 900]])
    test(`8 hidden layers, ${lang}, ${width}×${height}: every layer's menus show their whole text`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await openPage(page, `/#${EIGHT}&lang=${lang}`);
      await expect(page.locator('#network .layer-options')).toHaveCount(8);
      const list = await menus(page);
      expect(list).toHaveLength(16);
      // The text plus the menu's arrow (about 20 px) fits in the menu.
      for (const m of list) expect(m.width, `"${m.text}" needs ${m.need.toFixed(0)} px of ${m.width}`).toBeGreaterThanOrEqual(m.need + 16);
      if (width === 420) {
        await expect(page.locator('#network .layer-row')).toHaveCount(8);
        await expect(page.locator('#network .layer-row').nth(2)).toContainText(lang === 'en' ? 'Layer 3' : '第 3 层');
        // The rows are below every node, one above the other.
        const lowestNode = Math.max(...(await page.locator('#network .node').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().bottom))));
        const rows = await page.locator('#network .layer-row').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom })));
        expect(rows[0].top).toBeGreaterThanOrEqual(lowestNode);
        for (let i = 1; i < rows.length; i++) expect(rows[i].top).toBeGreaterThanOrEqual(rows[i - 1].bottom - 1);
        // A menu of a row still sets its layer.
        await page.locator('#network .layer-row').nth(4).locator('[data-control="activation"]').selectOption('sigmoid');
        await expect.poll(() => page.evaluate(() => window.descent.state.spec.model.activations[4])).toBe('sigmoid');
      }
      await page.locator('.network-column').screenshot({ path: `test-results/narrow-layers-${lang}-${width}.png` });
    });
