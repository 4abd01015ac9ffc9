// Points the student draws: a click on the picture adds a point of class 1, a shift-click one
// of class 0. Once there are at least four, they become the spec's inline data (the core
// needs four); until then they are a draft shown over the picture.

const DOMAIN = 6;
const MIN_POINTS = 4;

export class PointDrawing {
  /** onData(rows) gets [[x1, x2, label], …] whenever the drawn set is big enough. */
  constructor(wrap, canvas, { onData, onDraft }) {
    this.wrap = wrap;
    this.canvas = canvas;
    this.onData = onData;
    this.onDraft = onDraft;
    this.active = false;
    this.rows = [];
    wrap.addEventListener('click', (e) => {
      if (!this.active) return;
      const r = wrap.getBoundingClientRect();
      const x1 = ((e.clientX - r.left) / r.width) * 2 * DOMAIN - DOMAIN;
      const x2 = DOMAIN - ((e.clientY - r.top) / r.height) * 2 * DOMAIN;
      this.rows.push([round(x1), round(x2), e.shiftKey ? 0 : 1]);
      this.changed();
    });
  }

  /** Starts drawing, keeping `rows` (the current inline data, or none). */
  start(rows = []) {
    this.active = true;
    this.rows = rows.map((r) => [...r]);
    this.wrap.classList.add('drawing');
    this.changed();
  }

  stop() {
    this.active = false;
    this.wrap.classList.remove('drawing');
  }

  clear() {
    this.rows = [];
    this.changed();
  }

  changed() {
    if (this.rows.length >= MIN_POINTS) this.onData(this.rows.map((r) => [...r]));
    else this.onDraft(this.rows, MIN_POINTS - this.rows.length);
  }
}

const round = (v) => Math.round(Math.max(-DOMAIN, Math.min(DOMAIN, v)) * 100) / 100;
