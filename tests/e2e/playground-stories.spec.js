// Each story of the playground, clicked as a student would, ends where its text says: the
// numbers its description claims are checked against the core's numbers on the page (the
// current run's metrics and history, the pinned compare runs' final numbers). Screenshots of
// every story in English and 中文, at 1400×900 and 420×900, go to test-results/stories/.
import { test, expect } from './fixtures.js';
import { openPage } from './helpers.js';
import { STORIES } from '../../web/playground/stories.js';

/** What the page shows once the story stopped: the current run and the pins, from the core. */
const finalState = (page) => page.evaluate(() => {
  const { session, compare } = window.descent;
  return {
    metrics: session.metrics,
    stopped: session.earlyStopped,
    history: session.history,
    weights: session.spec.model.hidden.reduce((n, h, i, a) => n + h * (i ? a[i - 1] : session.spec.features.length), 0)
      + session.spec.model.hidden.at(-1) * session.outputs,
    pins: compare.pins.list.map((p) => ({ name: p.name.en, final: p.final, points: p.points })),
  };
});

const minOf = (history, key) => Math.min(...history.map((h) => h[key]).filter(Number.isFinite));

// What each story's description says, as checks on the final state.
const CLAIMS = {
  overfitting: ({ metrics, history }) => {
    expect(metrics.trainLoss, 'training loss falls to almost 0').toBeLessThan(0.05);
    expect(metrics.testLoss, 'test loss ends far above its minimum').toBeGreaterThan(2 * minOf(history, 'testLoss'));
  },
  l2: ({ metrics, pins }) => {
    expect(pins[0].name).toBe('no regularization');
    expect(metrics.testLoss, 'final test loss below the unregularized run').toBeLessThan(pins[0].final.testLoss);
    expect(metrics.trainLoss, 'the training loss stays above the unregularized one').toBeGreaterThan(pins[0].final.trainLoss);
  },
  l1: ({ metrics, pins, weights }) => {
    expect(metrics.zeroWeights, `most of the ${weights} weights are exactly 0`).toBeGreaterThan(weights / 2);
    expect(pins[0].final.zeroWeights, 'L2 leaves none at 0').toBe(0);
    expect(metrics.testAccuracy).toBeGreaterThan(0.95);
  },
  dropout: ({ metrics, pins }) => {
    expect(metrics.trainLoss, 'training loss stays higher').toBeGreaterThan(pins[0].final.trainLoss);
    expect(metrics.testLoss, 'final test loss lower').toBeLessThan(pins[0].final.testLoss);
  },
  earlyStopping: ({ metrics, stopped, history }) => {
    expect(stopped, 'early stopping ended the run').toBe(true);
    expect(metrics.epoch, 'long before epoch 300').toBeLessThan(150);
    // The weights kept are those of the lowest test loss of the run.
    expect(metrics.testLoss).toBeCloseTo(metrics.bestTestLoss, 12);
    expect(metrics.testLoss).toBeLessThanOrEqual(minOf(history, 'testLoss') + 1e-12);
  },
  batchNorm: ({ metrics, pins }) => {
    expect(pins[0].name).toBe('without batch norm');
    expect(Math.abs(pins[0].final.trainLoss - 0.69), 'without: near 0.69').toBeLessThan(0.03);
    expect(Math.min(...pins[0].points.slice(1).map((p) => p.trainLoss)), 'without: all 100 epochs').toBeGreaterThan(0.66);
    expect(metrics.testAccuracy, 'with: above 90 %').toBeGreaterThan(0.9);
  },
  batchSize: ({ metrics, pins }) => {
    const [full, ten] = pins;
    expect(full.name).toBe('full batch');
    expect(ten.name).toBe('batch size 10');
    expect(metrics.trainLoss, 'batch size 1 ends lowest').toBeLessThan(ten.final.trainLoss);
    expect(ten.final.trainLoss, '10 in between').toBeLessThan(full.final.trainLoss);
    // "barely moved": the full batch is still within 10 % of its first epoch's loss.
    expect(full.final.trainLoss).toBeGreaterThan(0.9 * full.points[1].trainLoss);
  },
  learningRateTooLarge: ({ metrics, history, pins }) => {
    expect(metrics.trainLoss, 'ends above where it started').toBeGreaterThan(Math.max(history[0].trainLoss, history[1].trainLoss));
    expect(metrics.trainLoss, 'it went down on the way (it jumps)').toBeGreaterThan(1.5 * minOf(history, 'trainLoss'));
    expect(pins[0].final.trainLoss, 'with 0.3: almost 0').toBeLessThan(0.05);
  },
};

test('every story has its claims checked here', () => {
  expect(Object.keys(CLAIMS).sort()).toEqual(STORIES.map((s) => s.id).sort());
});

for (const lang of ['en', 'zh']) {
  test(`each story ends where its text says (${lang}), with screenshots`, async ({ page }) => {
    test.setTimeout(240000);
    await openPage(page, `/#lang=${lang}`);
    for (const story of STORIES) {
      await page.locator(`[data-story="${story.id}"]`).click();
      await expect(page.locator('#storyText')).toContainText(story.title[lang]);
      await expect(page.locator('#play')).toHaveAttribute('aria-pressed', 'false', { timeout: 60000 });
      const state = await finalState(page);
      if (story.id !== 'earlyStopping') expect(state.metrics.epoch, story.id).toBe(story.epochs);
      expect(state.pins.length, story.id).toBe(story.compare.length);
      for (const pin of state.pins) expect(pin.final.epoch, `${story.id}: compare runs train as long`).toBe(story.epochs);
      CLAIMS[story.id](state);
      await expect(page.locator('#pinTable tbody tr')).toHaveCount(story.compare.length);
      await page.screenshot({ path: `test-results/stories/${story.id}-${lang}-1400.png` });
      await page.setViewportSize({ width: 420, height: 900 });
      await page.locator('#chartLoss').click();  // redraws the chart at its new width
      await page.locator('#storyText').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/stories/${story.id}-${lang}-420.png`, fullPage: true });
      await page.setViewportSize({ width: 1400, height: 900 });
      await page.evaluate(() => window.scrollTo(0, 0));
    }
  });
}
