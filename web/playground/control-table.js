// Every control of the playground, once: where it sits, what it shows and sets, where its
// values come from in the core's catalog, its string keys and its hide key. The elements are
// made from these rows (../shared/controls.js); the README's list of hide keys is generated
// from this file (scripts/hide-keys.mjs). Adding a spec setting is one row here plus its
// label and tooltip in strings.js; a new optimizer hyperparameter of the core needs only its
// strings (hp_<name>, hp_<name>Tip): its menu is made from the catalog.
import { t } from '../shared/i18n.js';
import { PALETTES } from '../shared/palette.js';
import { hyperparameterRows as optimizerParamRows } from '../shared/controls.js';

/** The catalog's entry for a generator, or undefined for drawn points. */
export const generatorOf = (catalog, spec) =>
  (spec.data?.source === 'inline' ? undefined : catalog.generators.find((g) => g.name === (spec.data?.generator ?? catalog.generators[0].name)));
export const problemOf = (catalog, spec) => generatorOf(catalog, spec)?.problem ?? 'classification';
const names = (list) => list.map((e) => e.name ?? e);
const percent = (v) => `${Math.round(v * 100)}%`;

export const CONTROLS = [
  { id: 'problem', kind: 'select', place: 'topbar', options: (c) => [...new Set(c.generators.map((g) => g.problem))],
    get: (s, c) => problemOf(c, s.spec) },
  { id: 'learningRate', kind: 'select', place: 'topbar', spec: 'optimizer.learningRate' },
  // Without hidden layers there is no activation to choose.
  { id: 'activation', kind: 'select', place: 'topbar', spec: 'model.activation', options: (c) => c.activations,
    when: (s) => s.spec.model.hidden.length > 0 },
  { id: 'regularization', kind: 'select', place: 'topbar', spec: 'regularization.kind', options: (c) => c.regularizers },
  { id: 'regularizationRate', kind: 'select', place: 'topbar', spec: 'regularization.rate' },

  { id: 'optimizer', kind: 'select', place: 'subbar', spec: 'optimizer.kind', options: (c) => names(c.optimizers) },
  // (the optimizer's hyperparameters follow here: hyperparameterRows)
  { id: 'schedule', kind: 'select', place: 'subbar2', spec: 'optimizer.schedule.kind', options: (c) => names(c.schedules),
    optionLabel: (v) => t(`schedule_${v}`) },
  { id: 'clipNorm', kind: 'select', place: 'subbar2', spec: 'training.clipNorm', optionLabel: (v) => (v ? `‖g‖ ≤ ${v}` : t('off')) },
  { id: 'loss', kind: 'select', place: 'subbar2', spec: 'model.loss', options: (c) => c.losses,
    disabled: (v, s, c) => v === 'cross_entropy' && problemOf(c, s.spec) === 'regression' },
  { id: 'init', kind: 'select', place: 'subbar2', spec: 'model.init', options: (c) => c.inits },
  { id: 'speed', kind: 'select', place: 'subbar2', view: 'speed' },
  // The colours are the page's own drawing, not the core's: the palettes come from the renderer.
  { id: 'palette', kind: 'select', place: 'subbar2', view: 'palette', options: () => PALETTES },

  { id: 'trainRatio', kind: 'slider', place: 'data', spec: 'data.trainRatio', unit: 100, format: percent },
  // Held out of both training and test: early stopping watches it when it is not empty.
  { id: 'validationRatio', kind: 'slider', place: 'data', spec: 'data.validationRatio', unit: 100, format: percent,
    when: (s) => s.spec.data.source !== 'inline' },
  { id: 'classes', kind: 'slider', place: 'data', spec: 'data.classes',
    when: (s, c) => Boolean(generatorOf(c, s.spec)?.classes) },
  { id: 'noise', kind: 'slider', place: 'data', spec: 'data.noise', unit: 100, format: percent,
    when: (s) => s.spec.data.source !== 'inline' },
  { id: 'pointCount', kind: 'slider', place: 'data', spec: 'data.points',
    when: (s) => s.spec.data.source !== 'inline' },
  // One stop past the slider's span is the full batch: the spec's largest batch size, which
  // is the whole training set however many points it has.
  { id: 'batchSize', kind: 'slider', place: 'data', spec: 'training.batchSize',
    end: (c) => c.fields['training.batchSize'].max,
    format: (v, c) => (v >= c.fields['training.batchSize'].max ? t('fullBatch') : String(v)) },

  { id: 'showGradients', kind: 'check', place: 'network', view: 'showGradients' },
  { id: 'batchNorm', kind: 'check', place: 'network', spec: 'model.batchNorm' },
  { id: 'patience', kind: 'select', place: 'network', spec: 'training.earlyStopping.patience', inline: true,
    label: 'earlyStopping', hide: 'earlyStopping', optionLabel: (v) => (v ? t('patienceN', { n: v }) : t('off')) },

  { id: 'showTest', kind: 'check', place: 'output', view: 'showTest' },
  { id: 'discretize', kind: 'check', place: 'output', view: 'discretize' },
];

/** One menu per hyperparameter the optimizers read, shown while the chosen one reads it. */
export const hyperparameterRows = (catalog) =>
  optimizerParamRows(catalog, (p) => ({ id: `hp-${p}`, place: 'hyperparameters', label: `hp_${p}` }));

/**
 * Hide keys of the playground that are not one control of the table: regions, groups and
 * buttons (the header adds `pages`, `<page>Link` and `language`). README's list is made from
 * these and the table.
 */
export const REGION_HIDE_KEYS = {
  run: 'Play, Step, Reset and the epoch counter',
  batchStep: 'the mini-batch step button',
  data: 'the whole data column',
  regenerate: 'the Regenerate button',
  draw: 'drawing points',
  features: 'switching input features',
  layers: 'adding and removing layers and neurons',
  dropout: 'each layer’s dropout menu',
  files: 'saving and loading settings and models, the PNG and CSV exports',
  confusion: 'the confusion matrix',
  stories: 'the stories’ buttons',
  pins: 'pinning runs and the pinned runs’ table',
};
