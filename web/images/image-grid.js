// The test images with their true and predicted labels; wrong predictions are marked.
// Filters: true class, "wrong only", or one confusion-matrix cell. A click selects an image.
import { thumbnail } from './pixels.js';
import { shortName } from './class-names.js';
import { t, language } from '../shared/i18n.js';

const MAX_SHOWN = 120;

export class ImageGrid {
  /** host: the grid's element; summary: where "12 of 1000 shown" goes; onSelect(index). */
  constructor(host, summary, onSelect) {
    this.host = host;
    this.summary = summary;
    this.onSelect = onSelect;
    this.data = null;
    this.predicted = null;
    this.filter = { trueClass: -1, wrongOnly: false };
    this.selected = -1;
    this.thumbnails = new Map();  // image index → its canvas: the pixels never change, only labels
    this.shownIndices = null;     // the images whose buttons are in the host, in order
  }

  /** data: {images, labels, width, height, kind}; predicted: Int32Array or null. */
  setData(data) { this.data = data; this.thumbnails.clear(); this.shownIndices = null; this.predicted = null; this.selected = -1; this.render(); }
  setPredictions(predicted) { this.predicted = predicted; this.render(); }
  setFilter(filter) { Object.assign(this.filter, filter); this.render(); }

  /** Indices of the test images that pass a filter. */
  matching({ trueClass = -1, predictedClass = -1, wrongOnly = false }) {
    const { labels } = this.data, p = this.predicted, out = [];
    for (let i = 0; i < labels.length; ++i) {
      if (trueClass >= 0 && labels[i] !== trueClass) continue;
      if (predictedClass >= 0 && (!p || p[i] !== predictedClass)) continue;
      if (wrongOnly && (!p || p[i] === labels[i])) continue;
      out.push(i);
    }
    return out;
  }

  /** A thumbnail button for test image i (its labels set by label()). */
  tile(i) {
    const { images, width, height } = this.data;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'thumb';
    button.dataset.index = String(i);
    const caption = document.createElement('span');
    caption.className = 'thumb-caption';
    if (!this.thumbnails.has(i)) this.thumbnails.set(i, thumbnail(images, i, width, height));
    button.append(this.thumbnails.get(i), caption);
    button.addEventListener('click', () => { this.selected = i; this.onSelect(i); this.render(); });
    this.label(button, i);
    return button;
  }

  /** Writes test image i's "true → predicted" caption, tip and marks on its button. */
  label(button, i) {
    const { labels, kind } = this.data;
    const lang = language();
    const p = this.predicted ? this.predicted[i] : -1;
    const wrong = p >= 0 && p !== labels[i];
    button.classList.toggle('wrong', wrong);
    button.classList.toggle('selected', i === this.selected);
    button.lastChild.textContent = p >= 0 ? `${shortName(kind, labels[i], lang)} → ${shortName(kind, p, lang)}` : shortName(kind, labels[i], lang);
    button.title = p >= 0 ? t('thumbTip', { truth: shortName(kind, labels[i], lang), predicted: shortName(kind, p, lang) })
      : shortName(kind, labels[i], lang);
    if (wrong) button.setAttribute('aria-label', `${t('wrongMark')}: ${button.title}`);
    else button.removeAttribute('aria-label');
  }

  render() {
    if (!this.data) return;
    const shown = this.matching(this.filter), list = shown.slice(0, MAX_SHOWN);
    // The same images as before (an epoch's new predictions, another language, a selection):
    // their buttons are relabelled in place. Replacing them moved every thumbnail's canvas, and
    // each canvas is a composited layer of its own (240 on the page): the frame at every epoch's
    // end rebuilt the page's layer tree (docs/performance.md, "Start-up, fourth round, and the
    // images page's frames").
    const same = this.shownIndices?.length === list.length && list.every((i, k) => this.shownIndices[k] === i);
    if (same) list.forEach((i, k) => this.label(this.host.children[k], i));
    else this.host.replaceChildren(...list.map((i) => this.tile(i)));
    this.shownIndices = list;
    this.summary.textContent = t('gridSummary', { shown: Math.min(shown.length, MAX_SHOWN), total: shown.length });
  }
}
