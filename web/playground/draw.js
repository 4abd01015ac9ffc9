// Points the student draws: a click on the picture adds a point of class 1, a shift-click one
// of class 0. Once there are as many as the core needs (the catalog's data.inline minLength),
// they become the spec's inline data; until then they are a draft shown over the picture.

export class PointDrawing {
  /**
   * onData(rows) gets [[x1, x2, label], …] whenever the drawn set is big enough; domain: the
   * picture spans [−domain, domain]²; minPoints: the fewest points the core accepts.
   */
  constructor(wrap, canvas, { onData, onDraft, domain, minPoints }) {
    this.domain = domain;
    this.minPoints = minPoints;
    this.wrap = wrap;
    this.canvas = canvas;
    this.onData = onData;
    this.onDraft = onDraft;
    this.active = false;
    this.rows = [];
    wrap.addEventListener('click', (e) => {
      if (!this.active) return;
      const r = wrap.getBoundingClientRect();
      const d = this.domain;
      const x1 = ((e.clientX - r.left) / r.width) * 2 * d - d;
      const x2 = d - ((e.clientY - r.top) / r.height) * 2 * d;
      this.rows.push([this.round(x1), this.round(x2), e.shiftKey ? 0 : 1]);
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
    if (this.rows.length >= this.minPoints) this.onData(this.rows.map((r) => [...r]));
    else this.onDraft(this.rows, this.minPoints - this.rows.length);
  }

  round(v) { return Math.round(Math.max(-this.domain, Math.min(this.domain, v)) * 100) / 100; }
}
