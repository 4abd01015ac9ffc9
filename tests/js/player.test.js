// The run loop every page shares: one tick per animation frame while playing, statistics of
// real frame intervals, a page that refuses to start, and a tick that stops the run.
import { test, expect, beforeEach } from 'vitest';
import { Player } from '../../web/shared/player.js';

let frames;  // queued requestAnimationFrame callbacks, run by hand with a chosen time
beforeEach(() => {
  frames = [];
  globalThis.requestAnimationFrame = (fn) => frames.push(fn);
  globalThis.document = { body: { classList: { toggle() {} } } };
});
const runFrame = (now) => frames.shift()(now);
const fakeButton = () => {
  const attrs = {};
  let onClick = null;
  return { attrs, dataset: {}, setAttribute: (k, v) => { attrs[k] = v; }, addEventListener: (_, fn) => { onClick = fn; }, click: () => onClick() };
};

test('while playing, each frame runs one tick and records its interval; pausing stops the frames', () => {
  let ticks = 0;
  const button = fakeButton();
  const p = new Player({ button, tick: () => { ticks++; return { trainMs: 2, renderMs: 3, epochs: 5 }; } });
  button.click();
  expect(p.playing).toBe(true);
  expect(button.attrs['aria-pressed']).toBe('true');
  runFrame(1000);
  runFrame(1020);
  runFrame(1040);
  expect(ticks).toBe(3);
  expect(p.stats.frames).toBe(3);
  expect(p.stats.samples.map((s) => s.interval)).toEqual([20, 20]);
  expect(p.stats.epochsPerSecond).toBeCloseTo(250, 9);
  expect(p.stats.samples[0]).toMatchObject({ trainMs: 2, renderMs: 3, epochs: 5 });
  button.click();
  expect(p.playing).toBe(false);
  runFrame(1060);  // the frame already asked for does nothing
  expect(ticks).toBe(3);
  expect(frames).toHaveLength(0);
});

test('a page that cannot play (a diverged run) keeps the player paused', () => {
  const p = new Player({ button: fakeButton(), tick: () => {}, canPlay: () => false });
  p.toggle();
  expect(p.playing).toBe(false);
  expect(frames).toHaveLength(0);
});

test('a tick that pauses (the end of a story) ends the run after that frame', () => {
  const changes = [];
  const p = new Player({ button: fakeButton(), tick: () => p.pause(), onChange: (on) => changes.push(on) });
  p.set(true);
  runFrame(0);
  expect(p.playing).toBe(false);
  expect(frames).toHaveLength(0);
  expect(changes).toEqual([true, false]);
});
