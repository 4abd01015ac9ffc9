// Batch normalization made visible: per hidden layer, the histogram of its pre-activations over
// the training set before normalization (W·x, any mean and spread) and after it (γ·x̂ + β, what
// the activation receives: centred, unit spread while γ = 1, β = 0). Counts from the core
// (Trainer.batchNormHistograms); the figure builds itself after `anchor`.
import { drawHistogram, tickText } from './histogram.js';

export const BN_BINS = 15;

export class BatchNormHistogramView {
  constructor(anchor) {
    this.figure = document.createElement('figure');
    this.figure.className = 'bn-histograms';
    this.figure.id = 'bnHistograms';
    this.figure.dataset.control = 'bnHistograms';
    this.figure.hidden = true;
    this.caption = document.createElement('figcaption');
    this.grid = document.createElement('div');
    this.grid.className = 'bn-grid';
    this.figure.append(this.caption, this.grid);
    anchor.after(this.figure);
    this.layers = 0;
    this.rows = [];
  }

  build(layers, labels) {
    this.layers = layers;
    this.caption.textContent = labels.caption;
    this.grid.replaceChildren();
    this.rows = [];
    for (let l = 0; l < layers; l++) {
      const row = document.createElement('div');
      row.className = 'bn-layer';
      const name = document.createElement('span');
      name.className = 'bn-name';
      name.textContent = labels.layer(l + 1);
      const pair = ['before', 'after'].map((which) => {
        const cell = document.createElement('div');
        cell.className = `bn-cell bn-${which}`;
        const title = document.createElement('span');
        const canvas = document.createElement('canvas');
        canvas.setAttribute('role', 'img');
        cell.append(title, canvas);
        row.append(cell);
        return { title, canvas, which };
      });
      row.prepend(name);
      this.grid.append(row);
      this.rows.push(pair);
    }
  }

  /** get(layer) → {before, after} histograms, or null to hide the figure; labels as in build plus stats(which, h). */
  update(get, labels) {
    this.figure.hidden = !get || this.layers === 0;
    if (this.figure.hidden) return;
    this.rows.forEach((pair, l) => {
      const hs = get(l);
      for (const cell of pair) {
        const h = hs[cell.which];
        cell.title.textContent = labels.stats(cell.which, h);
        cell.canvas.setAttribute('aria-label', `${labels.layer(l + 1)}: ${labels.stats(cell.which, h)}, ${tickText(h.lo)} … ${tickText(h.hi)}`);
        drawHistogram(cell.canvas, h, { colour: cell.which === 'before' ? '#9aa0a6' : '#0877bd' });
      }
    });
  }
}
