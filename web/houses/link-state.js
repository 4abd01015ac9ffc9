// The page's settings in the URL hash, so a link reproduces an exercise: only values that
// differ from the Ames preset are written. Reading checks every part with the core's spec
// parser; a part it rejects is named in `errors` and the rest is applied.
import { perLayer } from './model-controls.js';
import { hashPairs, encodePairs, shellPairs, replaceHash } from '../shared/hash-state.js';
import { getPath as get, setPath as set } from '../shared/paths.js';

// key → [read from settings, write into settings from the link's text]
const num = (path) => [(s) => get(s, path), (s, v) => set(s, path, Number(v))];
const str = (path) => [(s) => get(s, path), (s, v) => set(s, path, v)];
function perLayerKey(list) {
  const read = (s) => {
    const v = perLayer(s.model)[list];
    return JSON.stringify(v.length && v.every((x) => x === v[0]) ? v[0] : v);
  };
  const write = (s, text) => {
    const v = JSON.parse(text);
    if (list === 'dropout') s.model.dropout = v;  // a number or one per layer: both are spec forms
    else if (Array.isArray(v)) s.model.activations = v;
    else { delete s.model.activations; s.model.activation = v; }
  };
  return [read, write];
}
export const LINK_KEYS = {
  seed: num('seed'), trainPct: num('trainPct'), valPct: num('valPct'), rule: str('rule'), threshold: str('threshold'),
  quantiles: num('quantiles'), maxCategories: num('maxCategories'),
  'model.hidden': [(s) => JSON.stringify(s.model.hidden), (s, v) => { s.model.hidden = JSON.parse(v); }],
  // One entry per hidden layer, or one value for every layer ("relu", 0.2): perLayer fits
  // them to the layers when the spec is made.
  'model.activations': perLayerKey('activations'),
  'model.dropout': perLayerKey('dropout'),
  'model.batchNorm': [(s) => String(Boolean(s.model.batchNorm)), (s, v) => { s.model.batchNorm = v === 'true'; }],
  'optimizer.kind': str('optimizer.kind'), 'optimizer.learningRate': num('optimizer.learningRate'),
  ...Object.fromEntries(['momentum', 'rho', 'beta1', 'beta2', 'epsilon', 'weightDecay'].map((k) => [`optimizer.${k}`, num(`optimizer.${k}`)])),
  'regularization.kind': str('regularization.kind'), 'regularization.rate': num('regularization.rate'),
  'training.batchSize': num('training.batchSize'), 'training.epochs': num('training.epochs'),
  'training.earlyStopping.patience': num('training.earlyStopping.patience'),
};

/** Writes the settings that differ from `defaults` (and the shell's keys) into the hash. */
export function writeLink(settings, defaults, shell) {
  const pairs = [];
  for (const [key, [read]] of Object.entries(LINK_KEYS)) {
    const v = String(read(settings)), d = String(read(defaults));
    if (v !== d) pairs.push([key, v]);
  }
  replaceHash(encodePairs([...pairs, ...shellPairs({ hide: shell.link.hide, lang: shell.link.lang })]));
}

/**
 * Applies the hash's page keys to `settings`; `valid(settings)` throws the core's message for
 * settings it rejects (that part is then undone). Returns the messages for rejected parts.
 */
export function readLinkInto(settings, hash, valid) {
  const errors = [];
  for (const [key, raw] of hashPairs(hash, errors)) {
    if (key === 'hide' || key === 'lang') continue;
    if (!Object.hasOwn(LINK_KEYS, key)) { errors.push(`${key}: not a setting of this page`); continue; }
    const before = structuredClone(settings);
    try {
      LINK_KEYS[key][1](settings, raw);
      valid(settings);
    } catch (e) {
      for (const k of Object.keys(settings)) delete settings[k];
      Object.assign(settings, before);
      // the core's messages already name the field; others get the link's key in front
      errors.push(e.message.startsWith(`${key}:`) ? e.message : `${key}: ${e.message}`);
    }
  }
  return errors;
}
