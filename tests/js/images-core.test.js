// The image classifier's handles as the images page's worker and drawing pad use them: built
// from CSV pixels or IDX bytes, trained batch by batch to the end of an epoch, asked for
// predictions; bad files are Errors naming the file.
import { test, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { loadTestCore } from './load-core.js';

const digitsCsv = gunzipSync(readFileSync(new URL('../../examples/data/digits.csv.gz', import.meta.url))).toString();
const spec = (data) => JSON.stringify({
  seed: 1, data, model: { hidden: [32], activation: 'relu', init: 'he_normal', output: 'softmax' },
  optimizer: { kind: 'adam', learningRate: 0.003 }, training: { batchSize: 64 },
});
const DIGITS = { source: 'csv', trainRatio: 0.8, image: { width: 8, height: 8, maxValue: 16 } };

test('digits: trainBatches stops at the end of an epoch, metrics and predictions follow', async () => {
  const core = await loadTestCore();
  const t = new core.ImageTrainer(spec(DIGITS), digitsCsv);
  try {
    expect([t.imageWidth(), t.imageHeight(), t.numClasses(), t.testSize()]).toEqual([8, 8, 10, 359]);
    expect(t.trainBatches(1000)).toBe(0);  // 23 batches, then the epoch ends
    expect(t.epochPosition()).toBe(0);
    expect(t.metrics().epoch).toBe(1);
    const predicted = t.testPredicted();
    expect(predicted.length).toBe(359);
    let confusionTotal = 0;
    for (const n of t.confusion()) confusionTotal += n;
    expect(confusionTotal).toBe(359);
    const image = t.testImages().slice(0, 64);
    const p = Array.from(t.predict(image));
    expect(p).toHaveLength(10);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    expect(p.indexOf(Math.max(...p))).toBe(t.testPredicted()[0]);
    expect(() => t.predict(new Float32Array(63))).toThrow('predict: an image has 64 pixels, got 63');
    expect(t.firstLayerWeights().length).toBe(32 * 64);
  } finally {
    t.delete();
  }
});

test('IDX bytes with a wrong magic number are an Error naming the file', async () => {
  const core = await loadTestCore();
  const labels = new Uint8Array([0, 0, 8, 1, 0, 0, 0, 2, 1, 0]);
  const idx = { source: 'idx', trainImages: 'data/train-images.gz', trainLabels: 'data/train-labels.gz', testImages: 't', testLabels: 'l' };
  expect(() => new core.ImageTrainer(spec(idx), labels, labels, labels, labels))
    .toThrow('data/train-images.gz: not an IDX image file (magic number 0x00000801, expected 0x00000803)');
});

test('Sketch: strokes become the 8×8 block counts / 16 and the 32×32 bitmap behind them', async () => {
  const core = await loadTestCore();
  const s = new core.Sketch();
  try {
    s.beginStroke(100, 20);
    s.extend(100, 200);
    const x = Array.from(s.render('digits8x8'));
    expect(x).toHaveLength(64);
    const bitmap = s.digitBitmap();
    let ink = 0;
    for (const b of bitmap) ink += b;
    expect(x.reduce((a, b) => a + b, 0) * 16).toBeCloseTo(ink, 4);
    expect(s.render('grey28x28').length).toBe(784);
    expect(() => s.render('mnist')).toThrow("unknown image format 'mnist'");
  } finally {
    s.delete();
  }
});
