// The lab's state ⇄ URL hash, so a link reproduces a scene exactly (same surface, start,
// settings, noise seed and iteration). Only values that differ from the defaults are written.
//
// Keys: surface, a, b, angle (degrees), start=x,y, noise (σ, 0 = off), seed, t (iterations),
// speed, <racer>.on / .nesterov / .biasCorrection / .<hyperparameter> with the spec's names
// (learningRate, momentum, rho, beta1, beta2, epsilon; racer ∈ the catalog's racers; a racer's
// values not in the link are its surface's, see the catalog's surfaces[].racers), arrows=gradient,velocity,…,
// chart=loss|step, focus=<racer>, preset=<id> (the story text shown), story=<id> (a gallery's
// link: the page starts that story as its button does; not written back); the shell's keys hide=
// and lang= (../shared/hash-state.js). Defaults and limits are the core's (catalog fields lab.*).
import { RACERS, SURFACES, labField, labCatalog, labScene, surfaceRates } from './racers.js';
import { readLink, encodePairs, shellPairs } from '../shared/hash-state.js';
import { checkField } from '../shared/fields.js';

export const ARROWS = ['gradient', 'step', 'velocity', 'scale'];

const def = (name) => labField(name).default;

/** The racers' settings on a surface: the catalog's values with the surface's learning rates. */
export const racerDefaults = (surface) => {
  const rates = surfaceRates(surface);
  return Object.fromEntries(RACERS.map((r) => [r.id, { on: r.on, ...r.defaults, ...(rates[r.id] ?? {}), ...r.switches }]));
};

/** The opening scene, or the defaults on another surface (its racers' own learning rates). */
export const defaultState = (surface = labScene().surface) => ({
  surface, a: def('a'), b: def('b'), angle: def('angle'),
  start: null,  // null: the surface's own default start
  noise: def('noise'), seed: def('seed'), t: def('iterations'), speed: def('speed'),
  racers: racerDefaults(surface),
  arrows: Object.fromEntries(ARROWS.map((a) => [a, labScene().arrows.includes(a)])),
  chart: labScene().chart, focus: labScene().focus, preset: '',
  hide: [], lang: null,
});

const num = (key, text, errors) => {
  const v = Number(text);
  if (text === '' || !Number.isFinite(v)) { errors.push(`${key}: not a number: '${text}'`); return undefined; }
  return v;
};

const fmt = (v) => String(Number.isInteger(v) ? v : Number(v.toPrecision(6)));

/** State → hash (without '#'). */
export function toHash(state) {
  // A racer's value is written when it differs from its surface's; the surface when it is not
  // the opening scene's.
  const d = { ...defaultState(state.surface), surface: labScene().surface };
  const out = [];
  const put = (k, v) => out.push([k, String(v)]);
  for (const k of ['surface', 'a', 'b', 'angle', 'noise', 'seed', 't', 'speed', 'chart', 'focus', 'preset'])
    if (state[k] !== d[k]) put(k, typeof state[k] === 'number' ? fmt(state[k]) : state[k]);
  if (state.start) put('start', state.start.map(fmt).join(','));
  for (const r of RACERS) {
    const s = state.racers[r.id], ds = d.racers[r.id];
    for (const [k, v] of Object.entries(s))
      if (v !== ds[k]) put(`${r.id}.${k}`, typeof v === 'boolean' ? (v ? 1 : 0) : fmt(v));
  }
  const arrows = ARROWS.filter((a) => state.arrows[a]);
  if (arrows.join() !== ARROWS.filter((a) => d.arrows[a]).join()) put('arrows', arrows.join(',') || 'none');
  return encodePairs([...out, ...shellPairs(state)]);
}

/** Hash → {state, errors}. Ranges are checked by the core when the state is applied. */
export function fromHash(hash) {
  const errors = [];
  const { pairs, hide, lang } = readLink(hash, errors);
  // Racers the link does not set start from the link's surface's values.
  const surfacePair = pairs.find(([k]) => k === 'surface');
  const state = defaultState(surfacePair ? surfacePair[1] : undefined);
  Object.assign(state, { hide, lang });
  for (const [key, raw] of pairs) {
    const dot = key.indexOf('.');
    if (dot > 0) {
      const id = key.slice(0, dot), field = key.slice(dot + 1);
      // Own properties only: "constructor.name" must not reach Object's constructor.
      const s = Object.hasOwn(state.racers, id) ? state.racers[id] : null;
      if (!s || !Object.hasOwn(s, field)) { errors.push(`${key}: unknown field`); continue; }
      if (typeof s[field] === 'boolean') s[field] = raw === '1' || raw === 'true';
      else { const v = num(key, raw, errors); if (v !== undefined) s[field] = v; }
      continue;
    }
    switch (key) {
      case 'surface': case 'preset': state[key] = raw; break;  // the core checks the surface's name
      case 'story': state.story = raw; break;
      case 'chart':
        if (raw === 'loss' || raw === 'step') state.chart = raw; else errors.push(`chart: must be loss or step, got '${raw}'`);
        break;
      case 'focus':
        if (Object.hasOwn(state.racers, raw)) state.focus = raw; else errors.push(`focus: unknown racer '${raw}'`);
        break;
      case 'a': case 'b': case 'angle': case 'noise': case 'seed': case 't': case 'speed': {
        const v = num(key, raw, errors);
        if (v !== undefined) state[key] = v;
        break;
      }
      case 'start': {
        const xy = raw.split(',').map(Number);
        if (xy.length === 2 && xy.every(Number.isFinite)) state.start = xy;
        else errors.push(`start: must be x,y, got '${raw}'`);
        break;
      }
      case 'arrows': {
        const names = raw === 'none' ? [] : raw.split(',').filter(Boolean);
        const bad = names.filter((n) => !ARROWS.includes(n));
        if (bad.length) errors.push(`arrows: unknown '${bad.join(',')}'`);
        for (const a of ARROWS) state.arrows[a] = names.includes(a);
        break;
      }
      default: errors.push(`${key}: unknown field`);
    }
  }
  // Settings the core does not check on every call are checked here, against its ranges.
  for (const [key, field] of [['t', 'iterations'], ['speed', 'speed'], ['seed', 'seed']]) {
    const problem = checkField(labCatalog(), `lab.${field}`, state[key], key);
    if (problem) { errors.push(problem); state[key] = def(field); }
  }
  // A link may not ask for a surface the page cannot draw (a = 1e308 overflows every contour
  // level): the surface's settings are checked against the core's ranges, and a bad one falls
  // back to its default.
  let d;
  try { d = defaultState(state.surface); } catch { d = defaultState(); }
  for (const key of ['a', 'b', 'angle', 'noise']) {
    const problem = checkField(labCatalog(), `lab.${key}`, state[key], key);
    if (problem) { errors.push(problem); state[key] = d[key]; }
  }
  const startProblem = state.start?.map((v) => checkField(labCatalog(), 'lab.start', v, 'start')).find(Boolean);
  if (startProblem) { errors.push(startProblem); state.start = null; }
  // A racer's hyperparameters are checked by the core when the race is set up, in the words
  // the playground uses too ("optimizer.learningRate: must be from 1e-07 to 10, got 100").
  return { state, errors };
}
