// The page's controls made by the shared ControlPanel: the optimizer, each hyperparameter the
// chosen optimizer reads (from the catalog), and the steps per frame. `set` writes a value
// into the page state; the learning rate, batch size and data have their own widgets.
const names = (list) => list.map((e) => e.name ?? e);

export function optimizerRows(catalog) {
  const params = [...new Set(catalog.optimizers.flatMap((o) => o.params))].filter((p) => p !== 'learningRate');
  return [
    { id: 'speed', kind: 'select', place: 'top', view: 'speed', field: 'regression.speed', label: 'speedSteps', inline: true,
      set: (s, v) => { s.speed = v; } },
    { id: 'optimizerKind', kind: 'select', place: 'optimizer', spec: 'optimizer.kind', options: (c) => names(c.optimizers),
      label: 'optimizer', hide: 'optimizer', optionLabel: (v) => v, set: (s, v) => { s.optimizer.kind = v; } },
    ...params.map((p) => ({
      id: `hp-${p}`, kind: 'select', place: 'hyperparameters', spec: `optimizer.${p}`, hide: p, label: `rhp_${p}`,
      when: (s) => catalog.optimizers.find((o) => o.name === s.spec.optimizer.kind)?.params.includes(p) ?? false,
      set: (s, v) => { s.optimizer[p] = v; },
    })),
  ];
}
