// The optimizer lab's hide keys: what `hide=` can remove from the lab, once. The README's list
// is generated from this file (scripts/hide-keys.mjs) and tests/e2e/shell.spec.js checks that
// every key removes something on the page. The lab's menus and sliders take their values and
// ranges from the core's catalog (controls.js, racer-panel.js).
import { RACERS } from './racers.js';

export const LAB_HIDE_KEYS = {
  run: 'Play, Step, Reset and the iteration counter',
  speed: 'steps per frame',
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
