// The Lab binding contract (against the real WebAssembly build) and the lab page's pure
// modules: URL state, presets, strings.
import { describe, test, expect, beforeAll } from 'vitest';
import { loadTestCore } from './load-core.js';
import { defaultState, fromHash, toHash } from '../../web/lab/url-state.js';
import { PRESETS } from '../../web/lab/presets.js';
import { RACERS, useCatalog } from '../../web/lab/racers.js';
import { labStrings } from '../../web/lab/strings.js';

let core;
beforeAll(async () => {
  core = await loadTestCore();
  useCatalog(JSON.parse(core.catalog()));  // the lab's racers, surfaces and ranges are the core's
});

describe('Lab binding', () => {
  test('SGD on a·x² + b·y² follows (1 − 2aα)^k through the binding', () => {
    const lab = new core.Lab(1);
    lab.setSurface('quadratic', 1, 4, 0);
    const i = lab.addRacer('sgd', { ...core.defaultOptimizerParams(), learningRate: 0.1 });
    lab.setStart(2, -1.5);
    lab.step(30);
    const path = lab.path(i);  // fresh view after the last call
    expect(path).toBeInstanceOf(Float64Array);
    expect(path.length).toBe(62);
    for (let k = 0; k <= 30; k++) {
      expect(path[2 * k]).toBeCloseTo(2 * 0.8 ** k, 9);
      expect(path[2 * k + 1]).toBeCloseTo(-1.5 * 0.2 ** k, 9);
    }
    expect(lab.losses(i).length).toBe(31);
    expect(lab.stepLengths(i).length).toBe(30);
    expect(lab.head(i).iterations).toBe(30);
    lab.delete();
  });

  test('views taken after many allocations are complete (fresh views after every call)', () => {
    const lab = new core.Lab(3);
    const ids = ['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam', 'adamw'].map((k) => lab.addRacer(k, core.defaultOptimizerParams()));
    for (let n = 0; n < 20; n++) lab.step(100);  // grows every path several times
    for (const i of ids) {
      const p = lab.path(i), h = lab.head(i);
      expect(p.length).toBe(2 * (h.iterations + 1));
      expect(p[p.length - 2]).toBe(h.x);
      expect(p[p.length - 1]).toBe(h.y);
    }
    expect(lab.kind(ids[2])).toBe('nesterov');
    lab.delete();
  });

  test('invalid input raises an Error with the core\'s message and the module stays usable', () => {
    const lab = new core.Lab(1);
    const defaults = core.defaultOptimizerParams();
    expect(() => lab.addRacer('lion', defaults)).toThrow("unknown optimizer 'lion'");
    expect(() => lab.setSurface('everest', 1, 1, 0)).toThrow("unknown surface 'everest'");
    expect(() => lab.setSurface('quadratic', -1, 1, 0)).toThrow('lab.a: must be from 0.001 to 1000, got -1');
    const i = lab.addRacer('momentum', defaults);
    expect(() => lab.setParams(i, { ...defaults, momentum: 1.5 })).toThrow('optimizer.momentum: must be from 0 to 0.9999, got 1.5');
    expect(() => lab.setParams(7, defaults)).toThrow('no racer 7');
    expect(() => lab.setNoise(-1)).toThrow('lab.noise: must be from 0 to 100, got -1');
    expect(() => lab.contour(4, 10)).toThrow('contour grid: n must be from 8 to 1024');
    lab.setSurface('saddle', 1, 1, 0);
    expect(() => lab.quadratic()).toThrow('the surface is not the quadratic');
    expect(() => lab.eigenErrors(i)).toThrow('eigen-direction errors exist only on the quadratic');
    lab.step(3);
    expect(lab.iteration()).toBe(3);
    expect(lab.params(i).momentum).toBe(0.9);  // the rejected value changed nothing
    lab.delete();
  });

  test('contour map: log levels, segments, shade', () => {
    const lab = new core.Lab(1);
    lab.setSurface('rosenbrock', 1, 1, 0);
    const c = lab.contour(64, 10);
    expect(c.n).toBe(64);
    expect(c.shade.length).toBe(64 * 64);
    expect(c.segments.length % 5).toBe(0);
    const levels = Array.from(c.levels);
    for (let k = 1; k < levels.length; k++) expect(levels[k]).toBeGreaterThan(levels[k - 1]);
    const ratio = levels[1] / levels[0];
    expect(levels[5] / levels[4]).toBeCloseTo(ratio, 9);
    expect(Math.max(...c.shade)).toBeLessThanOrEqual(1);
    expect(Math.min(...c.shade)).toBeGreaterThanOrEqual(0);  // nothing below the minimum
    lab.delete();
  });

  test('quadratic theory and the (α, β) map agree', () => {
    const lab = new core.Lab(1);
    lab.setSurface('quadratic', 0.5, 50, 30);
    const q = lab.quadratic();
    expect(q.kappa).toBeCloseTo(100, 9);
    expect(q.momentumRate).toBeCloseTo(9 / 11, 12);
    expect(lab.momentumRate(q.momentumAlpha, q.momentumBeta)).toBeCloseTo(q.momentumRate, 6);
    expect(lab.momentumRate(q.gdStep, 0)).toBeCloseTo(q.gdRate, 12);
    expect(q.ux).toBeCloseTo(Math.cos(Math.PI / 6), 12);
    const map = lab.rateMap(20, 10, 0.04);
    expect(map).toBeInstanceOf(Float32Array);
    expect(map.length).toBe(200);
    expect(map[3 * 20 + 4]).toBeCloseTo(lab.momentumRate((4.5 / 20) * 0.04, 1 - 3.5 / 10), 6);
    lab.delete();
  });
});

describe('lab URL state', () => {
  test('the defaults make an empty hash and a hash round-trips', () => {
    expect(toHash(defaultState())).toBe('');
    const s = defaultState();
    Object.assign(s, { surface: 'saddle', noise: 0.02, t: 120, start: [-1.5, 0], preset: 'saddle', hide: ['presets'] });
    s.racers.momentum.momentum = 0.99;
    s.racers.momentum.nesterov = true;
    s.racers.adagrad.on = false;
    s.arrows.step = true;
    const { state, errors } = fromHash(`#${toHash(s)}`);
    expect(errors).toEqual([]);
    expect(state).toEqual(s);
  });

  test('a surface\'s own learning rates are its defaults: the link names only the surface', () => {
    const s = defaultState('rosenbrock');
    const rates = JSON.parse(core.catalog()).surfaces.find((x) => x.name === 'rosenbrock').racers;
    expect(s.racers.sgd.learningRate).toBe(rates.sgd.learningRate);
    expect(s.racers.sgd.learningRate).toBeLessThan(defaultState().racers.sgd.learningRate / 10);
    expect(toHash(s)).toBe('surface=rosenbrock');
    expect(fromHash('#surface=rosenbrock').state).toEqual(s);
    // The quadratic's rate on Rosenbrock is a value of its own and is written.
    s.racers.sgd.learningRate = defaultState().racers.sgd.learningRate;
    expect(toHash(s)).toBe('surface=rosenbrock&sgd.learningRate=0.03');
  });

  test('Adam\'s bias correction and ε round-trip through the link', () => {
    const s = defaultState();
    s.racers.adam.biasCorrection = false;
    s.racers.adam.epsilon = 0.001;
    expect(toHash(s)).toBe('adam.epsilon=0.001&adam.biasCorrection=0');
    expect(fromHash(`#${toHash(s)}`).state).toEqual(s);
  });

  test('a start point far off the map is refused by the link and by the core in the same words', () => {
    const lab = new core.Lab(1);
    let coreMessage = null;
    try { lab.setStart(0, 2000); } catch (e) { coreMessage = e.message; }
    lab.delete();
    expect(coreMessage).toBe('start: must be from -1000 to 1000, got 2000');
    const { state, errors } = fromHash('#start=0,2000');
    expect(errors).toEqual([coreMessage]);
    expect(state.start).toBeNull();
    expect(fromHash('#start=-1000,1000').errors).toEqual([]);
  });

  test('bad keys and values are reported, not guessed', () => {
    const { state, errors } = fromHash('#t=-4&momentum.gamma=1&start=1&chart=pie&arrows=laser&speed=2.5');
    expect(errors).toEqual([
      'momentum.gamma: unknown field',
      "start: must be x,y, got '1'",
      "chart: must be loss or step, got 'pie'",
      "arrows: unknown 'laser'",
      't: must be an integer from 0 to 20000, got -4',
      'speed: must be an integer from 1 to 100, got 2.5',
    ]);
    expect(state.t).toBe(0);
    expect(state.speed).toBe(2);
  });
});

describe('lab presets and strings', () => {
  test('every preset names real racers and fields, and has a title and story in both languages', () => {
    const d = defaultState();
    for (const p of PRESETS) {
      for (const [id, s] of Object.entries(p.state.racers)) {
        expect(RACERS.map((r) => r.id)).toContain(id);
        for (const k of Object.keys(s)) expect(Object.keys(d.racers[id])).toContain(k);
      }
      for (const lang of ['en', 'zh']) {
        expect(labStrings[lang][p.title]).toBeTruthy();
        expect(labStrings[lang][p.story]).toBeTruthy();
      }
    }
  });

  test('English and 中文 have the same keys', () => {
    expect(Object.keys(labStrings.zh).sort()).toEqual(Object.keys(labStrings.en).sort());
  });
});
