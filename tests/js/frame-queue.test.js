import { describe, expect, it } from 'vitest';
import { FrameQueue } from '../../web/shared/frame-queue.js';

function fakeFrames() {
  const waiting = [];
  return { request: (f) => waiting.push(f), tick: () => { const f = waiting.shift(); f?.(); return Boolean(f); }, get count() { return waiting.length; } };
}

describe('FrameQueue', () => {
  it('runs one job per frame, in order, and a newer job replaces a waiting one of its name', () => {
    const frames = fakeFrames(), q = new FrameQueue(frames.request), ran = [];
    q.set('grid', () => ran.push('grid 1'));
    q.set('weights', () => ran.push('weights 1'));
    q.set('grid', () => ran.push('grid 2'));  // still waiting: replaced, keeps its place
    expect(frames.count).toBe(1);
    frames.tick();
    expect(ran).toEqual(['grid 2']);
    frames.tick();
    expect(ran).toEqual(['grid 2', 'weights 1']);
    expect(frames.tick()).toBe(false);  // nothing left, no frame requested
  });
});
