// The training worker's chunk size (web/shared/chunk-size.js): chunks aim at a time, and fast
// epochs of a small data set never push the count past the core's limit.
import { test, expect } from 'vitest';
import { nextChunkSize, MAX_BATCHES } from '../../web/shared/chunk-size.js';

test('chunks that end an epoch in no time do not grow the count (digits: hundreds of epochs)', () => {
  let batches = 1;
  for (let epoch = 0; epoch < 500; ++epoch) {
    batches = nextChunkSize(batches, 0.05, { targetMs: 30, epochEnded: true });
    expect(batches).toBe(1);
  }
});

test('mid-epoch chunks grow by at most 2× towards the target time, shrink at once, and stay within the limit', () => {
  expect(nextChunkSize(10, 3, { targetMs: 30, epochEnded: false })).toBe(20);
  expect(nextChunkSize(10, 15, { targetMs: 30, epochEnded: false })).toBe(20);
  expect(nextChunkSize(100, 300, { targetMs: 30, epochEnded: false })).toBe(10);
  expect(nextChunkSize(1, 1000, { targetMs: 30, epochEnded: false })).toBe(1);
  let batches = 1;
  for (let i = 0; i < 60; ++i) batches = nextChunkSize(batches, 0, { targetMs: 30, epochEnded: false });
  expect(batches).toBe(MAX_BATCHES);
});
