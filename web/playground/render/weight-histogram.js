// The weights' histogram under the metrics while a regularization is on: L1 makes a spike of
// exact zeros (drawn in the warning colour) where L2 makes a narrower bell. Counts from the core
// (Trainer.weightHistogram); the figure builds itself beside the metrics.
import { drawHistogram } from './histogram.js';

export const WEIGHT_BINS = 21;  // odd: the middle bin is centred on 0, so exact zeros stand as one bar

export class WeightHistogramView {
  /** Makes the figure (hidden) right after `anchor`. */
  constructor(anchor) {
    this.figure = document.createElement('figure');
    this.figure.className = 'small-histogram weight-histogram';
    this.figure.id = 'weightHistogram';
    this.figure.dataset.control = 'weightHistogram';
    this.figure.hidden = true;
    this.caption = document.createElement('figcaption');
    this.canvas = document.createElement('canvas');
    this.canvas.setAttribute('role', 'img');
    this.figure.append(this.caption, this.canvas);
    anchor.after(this.figure);
  }

  /** h: the core's histogram or null to hide; labels: {caption(h), description(h)}. */
  update(h, labels) {
    this.figure.hidden = !h;
    if (!h) return;
    this.caption.textContent = labels.caption(h);
    this.canvas.setAttribute('aria-label', labels.description(h));
    drawHistogram(this.canvas, h, { colour: '#0877bd', zeroColour: h.zeros > 0 ? '#b3261e' : null });
  }
}
