import { test, expect } from '@playwright/test';
import { openPage, waitForEpoch, epoch } from './helpers.js';

test('screenshot: default page', async ({ page }) => {
  await openPage(page);
  await page.locator('#play').click();
  await waitForEpoch(page, 50);
  await page.locator('#play').click();
  await page.screenshot({ path: 'test-results/playground-default.png', fullPage: true });
});
