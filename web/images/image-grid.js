// The test images with their true and predicted labels; wrong predictions are marked.
// Filters: true class, "wrong only", or one confusion-matrix cell. A click selects an image.
//
// The pictures are painted on one canvas laid over the grid, each where its button keeps an
// empty box for it. A canvas is a composited layer of its own: with one canvas per picture
// (233 on the page after an epoch) every frame that changed anything spent about 18 ms
// re-layerizing them on this machine, 1.4 ms with one (docs/performance.md, "The images page's
// thumbnails on one canvas per grid").
import { drawImage } from './pixels.js';
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
    this.shownIndices = null;     // the images whose buttons are in the host, in order
    this.layer = document.createElement('canvas');  // every picture, over the buttons
    this.layer.className = 'thumb-layer';
    this.layer.setAttribute('aria-hidden', 'true');
    this.scratch = document.createElement('canvas');  // one picture at its own size (not in the page)
    // The buttons move when the grid's width changes (or it is shown): the pictures follow. A
    // change of height alone (fewer images shown) moves none, and render() has painted them.
    this.paintedWidth = -1;
    this.resize = new ResizeObserver(() => { if (host.clientWidth !== this.paintedWidth) this.paint(); });
    this.resize.observe(host);
  }

  /** data: {images, labels, width, height, kind}; predicted: Int32Array or null. */
  setData(data) { this.data = data; this.shownIndices = null; this.predicted = null; this.selected = -1; this.render(); }
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

  /** A thumbnail button for test image i (its labels set by label()); paint() fills its box. */
  tile(i) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'thumb';
    button.dataset.index = String(i);
    const box = document.createElement('span');
    box.className = 'thumb-picture';
    const caption = document.createElement('span');
    caption.className = 'thumb-caption';
    button.append(box, caption);
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
    // their buttons are relabelled in place, and the pictures stay as they are.
    const same = this.shownIndices?.length === list.length && list.every((i, k) => this.shownIndices[k] === i);
    this.shownIndices = list;
    if (same) list.forEach((i, k) => this.label(this.host.children[k], i));
    else {
      this.host.replaceChildren(...list.map((i) => this.tile(i)), this.layer);
      this.paint();
    }
    this.summary.textContent = t('gridSummary', { shown: Math.min(shown.length, MAX_SHOWN), total: shown.length });
  }

  /** Paints each shown image into its button's box on the layer (sized to the buttons). */
  paint() {
    const list = this.shownIndices;
    if (!this.data || !list) return;
    const { images, width, height } = this.data;
    const boxes = list.map((_, k) => this.host.children[k].firstChild);
    // Box positions relative to the grid's content (the host is the boxes' offset parent), so
    // the layer scrolls with the buttons.
    const at = boxes.map((b) => ({ x: b.offsetLeft, y: b.offsetTop, w: b.offsetWidth, h: b.offsetHeight }));
    const cssW = this.host.clientWidth, cssH = Math.max(0, ...at.map((r) => r.y + r.h));
    this.paintedWidth = cssW;
    const dpr = globalThis.devicePixelRatio || 1;
    const layer = this.layer;
    layer.width = Math.max(1, Math.round(cssW * dpr));
    layer.height = Math.max(1, Math.round(cssH * dpr));
    layer.style.width = `${cssW}px`;
    layer.style.height = `${cssH}px`;
    const ctx = layer.getContext('2d');
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.imageSmoothingEnabled = false;  // pixels stay pixels, as in the data set
    this.scratch.width = width;
    this.scratch.height = height;
    const one = this.scratch.getContext('2d');
    list.forEach((i, k) => {
      if (!at[k].w || !at[k].h) return;  // the grid is hidden: painted when it is shown
      drawImage(one, images, i, width, height);
      ctx.drawImage(this.scratch, at[k].x, at[k].y, at[k].w, at[k].h);
    });
  }
}
