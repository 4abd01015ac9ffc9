// Every general control of the optimizer lab, once: where it sits, which setting of the lab's
// state it shows and sets, its catalog field (range, menu, default: the core's lab.* rows),
// its string keys and its hide key. ../shared/controls.js makes the elements from these rows;
// the README's list of hide keys is generated from this file (scripts/hide-keys.mjs) and
// tests/e2e/shell.spec.js checks that every key removes something on the page. Adding a
// setting is one row here plus its label and tooltip in strings.js. The racers' rows are made
// from the catalog's racers (racer-panel.js): a racer's new hyperparameter needs only its
// strings (param_<name>, param_<name>Tip).
import { t } from '../shared/i18n.js';
import { RACERS } from './racers.js';
import { ARROWS } from './url-state.js';
const capital = (s) => s[0].toUpperCase() + s.slice(1);
const fmt3 = (v) => String(Number(v.toPrecision(3)));

// `view` names the key of the lab's state (url-state.js) a row shows; main.js applies it.
export const CONTROLS = [
  { id: 'speed', kind: 'select', place: 'top', view: 'speed', field: 'lab.speed', label: 'speedSteps' },
  { id: 'surface', kind: 'select', place: 'surface', view: 'surface', region: 'surface', options: (c) => c.surfaces.map((s) => s.name) },
  // The quadratic's curvatures (log sliders with a field to type an exact value) and rotation.
  { id: 'coefA', kind: 'slider', place: 'quadratic', view: 'a', field: 'lab.a', positions: 270, typed: true, live: true, region: 'surface', format: fmt3 },
  { id: 'coefB', kind: 'slider', place: 'quadratic', view: 'b', field: 'lab.b', positions: 270, typed: true, live: true, region: 'surface', format: fmt3 },
  { id: 'angle', kind: 'slider', place: 'quadratic', view: 'angle', field: 'lab.angle', live: true, region: 'surface',
    format: (v) => `${Math.round(v)}°` },
  // One setting, σ (0: off), shown as a switch and the σ it uses when on; σ is inert while off.
  { id: 'stochastic', kind: 'check', place: 'noise', view: 'noise', region: 'noise', get: (s) => s.view.noise > 0 },
  { id: 'noiseScale', kind: 'slider', place: 'noise', view: 'noise', field: 'lab.noise', positions: 300, digits: 2, live: true,
    region: 'noise', get: (s) => (s.view.noise > 0 ? s.view.noise : undefined), inert: (s) => !(s.view.noise > 0) },
  ...ARROWS.map((a) => ({ id: `arrow-${a}`, kind: 'check', place: 'arrows', view: 'arrows', arrow: a, label: `arrow${capital(a)}`,
    tip: 'arrowsTip', region: 'arrows', mark: `key key-${a}`, get: (s) => s.view.arrows[a] })),
  { id: 'chart', kind: 'radio', place: 'chart', view: 'chart', label: 'chartMode', region: 'lossChart',
    options: () => ['loss', 'step'], optionLabel: (v) => t(`chart${capital(v)}`) },
  { id: 'focus', kind: 'select', place: 'focus', view: 'focus', label: 'focusRacer', region: 'eigen', inline: true,
    options: () => RACERS.map((r) => r.id) },
];

/** The lab's hide keys that are regions, not one control of the table. */
export const REGION_HIDE_KEYS = {
  run: 'Play, Step, Reset and the iteration counter',
  presets: 'the stories',
  surface: 'the surface and its sliders',
  noise: 'the mini-batch noise switch and its σ',
  arrows: 'the arrows at each head',
  racers: 'the racers’ rows',
  lossChart: 'the loss and step-length chart',
  distill: 'the whole “why momentum works” panel',
  eigen: 'the eigen-direction chart',
  heatmap: 'the (α, β) convergence map',
};

/** One key per racer of the catalog (racer-sgd, racer-momentum, …); call after useCatalog. */
export const racerHideKeys = () => Object.fromEntries(RACERS.map((r) => [`racer-${r.id}`, `the ${r.id} racer’s row`]));
