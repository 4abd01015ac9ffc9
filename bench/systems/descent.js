// descent: the project's WebAssembly core, through the same Embind API the page uses.
export function descentSystem(core) {
  return {
    name: 'descent',
    create(work) {
      const json = JSON.stringify(work.spec);
      let h = new core.Trainer(json);
      if (work.kind === 'grid') {
        let sink = 0;
        return {
          run(k) {
            for (let i = 0; i < k; i++) sink += h.grid(work.gridN)[0];  // a Float32Array view, zero copy
          },
          dispose() { h.delete(); if (Number.isNaN(sink)) throw new Error('grid gave NaN'); },
        };
      }
      return {
        run(k) {
          if (h.trainSteps(k) !== core.Status.Ok) throw new Error(`${work.id}: training diverged`);
        },
        reinit() {
          h.delete();
          h = new core.Trainer(json);
        },
        dispose() { h.delete(); },
      };
    },
  };
}
