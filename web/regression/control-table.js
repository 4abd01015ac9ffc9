// The page's controls made by the shared ControlPanel: the optimizer, each hyperparameter the
// chosen optimizer reads (from the catalog), and the steps per frame. `set` writes a value
// into the page state; the learning rate, batch size and data have their own widgets.
import { hyperparameterRows } from '../shared/controls.js';

const names = (list) => list.map((e) => e.name ?? e);

export function optimizerRows(catalog) {
  return [
    { id: 'speed', kind: 'select', place: 'top', view: 'speed', field: 'regression.speed', label: 'speedSteps', inline: true,
      set: (s, v) => { s.speed = v; } },
    { id: 'optimizerKind', kind: 'select', place: 'optimizer', spec: 'optimizer.kind', options: (c) => names(c.optimizers),
      label: 'optimizer', hide: 'optimizer', optionLabel: (v) => v, set: (s, v) => { s.optimizer.kind = v; } },
    ...hyperparameterRows(catalog, (p) => ({ id: `hp-${p}`, place: 'hyperparameters', label: `rhp_${p}`,
      set: (s, v) => { s.optimizer[p] = v; } })),
  ];
}
