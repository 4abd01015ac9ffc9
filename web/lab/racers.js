// The racers the lab shows: the core's catalog lists them (one per optimizer family of the
// course, the hyperparameters each has sliders for, their starting values, whether Momentum's
// racer may switch to the Nesterov class); the lab adds only a colour for each. The update
// rules live only in the core (wasm/include/nn/optimizer.h), and so do the ranges: a racer's
// hyperparameter `p` is checked against the spec's optimizer.p and its slider spans lab.p.
//
// useCatalog(catalog) is called once at start-up (and by tests) before anything reads RACERS.

const COLORS = { sgd: '#d62728', momentum: '#1f6fd1', nesterov: '#0f9a9a', adagrad: '#e67e00', rmsprop: '#2a9d3a', adam: '#8e44ad' };
const FALLBACK_COLORS = ['#17becf', '#7f7f7f', '#bcbd22'];

export const RACERS = [];
export const SURFACES = [];  // the catalog's surfaces: name, params, start, domain, …
let catalog = { fields: {} };

/** Takes the racers, the surfaces and the lab's ranges from the core's catalog. */
export function useCatalog(c) {
  catalog = c;
  SURFACES.splice(0, SURFACES.length, ...c.surfaces);
  RACERS.splice(0, RACERS.length, ...c.racers.map((r, i) => ({
    id: r.id, kind: r.kind, nesterov: r.nesterov, on: r.on,
    defaults: r.params, params: Object.keys(r.params),
    switches: r.switches, switchNames: Object.keys(r.switches),  // nesterov, biasCorrection
    color: COLORS[r.id] ?? FALLBACK_COLORS[i % FALLBACK_COLORS.length],
  })));
}

/** The page's opening scene (surface, focus racer, chart, arrows): the catalog's "lab". */
export const labScene = () => catalog.lab;

/** The racers' learning rates on a surface (the catalog's surfaces[].racers), {} if unknown. */
export function surfaceRates(name) {
  const s = SURFACES.find((x) => x.name === name);
  return s ? s.racers : {};
}

export const racerById = (id) => RACERS.find((r) => r.id === id);

/** The range of a lab setting or a racer's hyperparameter: the catalog's field lab.<name>. */
export const paramRange = (name) => catalog.fields[`lab.${name}`];
export const labField = paramRange;
export const labCatalog = () => catalog;

/** The core class a racer runs: Momentum's racer switches to the Nesterov class. */
export function coreKind(racer, settings) {
  return racer.nesterov && settings.nesterov ? 'nesterov' : racer.kind;
}

/** A racer's settings → the core's OptimizerParams (the same names: the spec's). */
export function coreParams(racer, settings) {
  const out = Object.fromEntries(racer.params.map((p) => [p, settings[p]]));
  if ('biasCorrection' in racer.switches) out.biasCorrection = settings.biasCorrection;
  return out;
}
