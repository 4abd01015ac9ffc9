// The network controls of the images page, one row each (../shared/controls.js makes them):
// menus and defaults come from the core's catalog; the page's starting values are the
// runner's examples (examples/digits-mlp.json, examples/fashion-mnist-mlp.json).
const names = (list) => list.map((e) => e.name ?? e);
const nameOf = (v) => String(v);

export const CONTROLS = [
  { id: 'optimizer', kind: 'select', place: 'network', spec: 'optimizer.kind', inline: false,
    options: (c) => names(c.optimizers), optionLabel: nameOf },
  { id: 'learningRate', kind: 'select', place: 'network', spec: 'optimizer.learningRate' },
  { id: 'dropout', kind: 'select', place: 'network', field: 'model.dropout',
    get: (s) => s.spec.model.dropout?.[0] ?? s.spec.model.dropout ?? 0 },
  { id: 'l2', kind: 'select', place: 'network', field: 'regularization.rate',
    get: (s) => (s.spec.regularization?.kind === 'l2' ? s.spec.regularization.rate : 0) },
  { id: 'batchNorm', kind: 'check', place: 'network', spec: 'model.batchNorm' },
  { id: 'standardize', kind: 'check', place: 'network', spec: 'data.standardize' },
];

/** Writes a control's new value into the spec. */
export function setControl(spec, row, value) {
  switch (row.id) {
    case 'optimizer': spec.optimizer.kind = value; break;
    case 'learningRate': spec.optimizer.learningRate = value; break;
    case 'dropout': spec.model.dropout = value; break;
    case 'l2': spec.regularization = value > 0 ? { kind: 'l2', rate: value } : { kind: 'none', rate: 0 }; break;
    case 'batchNorm': spec.model.batchNorm = value; break;
    case 'standardize': spec.data.standardize = value; break;
    default: break;
  }
}
