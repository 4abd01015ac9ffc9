// A labelled line chart of a metric per epoch: training and test series, axes with ticks,
// axis titles and a legend (the page shows one for loss and one for accuracy).
import { fitCanvas } from '../shared/hidpi.js';
export class EpochChart {
  /** series: [{key, label, color, dash}]; yTitle, xTitle: axis titles; percent: y as %. */
  constructor(canvas, { series, percent = false }) {
    this.canvas = canvas;
    this.ctx = canvas.getContext('2d');
    this.series = series;
    this.percent = percent;
    this.titles = { x: '', y: '' };
    this.history = [];
  }

  setTitles(x, y, labels) {
    this.titles = { x, y };
    labels.forEach((l, i) => { this.series[i].label = l; });
    this.draw();
  }

  update(history) { this.history = history; this.draw(); }

  draw() {
    const { history, percent } = this;
    const { ctx, width: cssW, height: cssH } = fitCanvas(this.canvas, 320, 180);
    const left = 46, right = 10, top = 22, bottom = 34;
    const w = cssW - left - right, h = cssH - top - bottom;
    const values = history.flatMap((m) => this.series.map((s) => m[s.key])).filter(Number.isFinite);
    let lo = percent ? Math.min(...values, 1) : 0, hi = percent ? 1 : Math.max(...values, 1e-9);
    if (percent) lo = Math.max(0, Math.floor(lo * 10) / 10);
    if (!values.length) { lo = 0; hi = 1; }
    const lastEpoch = history.length ? history[history.length - 1].epoch : 1;
    const x = (e) => left + (e / Math.max(1, lastEpoch)) * w;
    const y = (v) => top + h - ((v - lo) / (hi - lo || 1)) * h;
    ctx.font = '11px system-ui, sans-serif';
    ctx.fillStyle = '#5f6368';
    ctx.strokeStyle = '#dadce0';
    ctx.lineWidth = 1;
    // y ticks
    for (let i = 0; i <= 4; ++i) {
      const v = lo + ((hi - lo) * i) / 4, yy = Math.round(y(v)) + 0.5;
      ctx.beginPath(); ctx.moveTo(left, yy); ctx.lineTo(left + w, yy); ctx.stroke();
      ctx.textAlign = 'right'; ctx.textBaseline = 'middle';
      ctx.fillText(percent ? `${Math.round(v * 100)}%` : v.toPrecision(2), left - 4, yy);
    }
    // x ticks: whole epochs
    const step = Math.max(1, Math.ceil(lastEpoch / 8));
    ctx.textAlign = 'center'; ctx.textBaseline = 'top';
    for (let e = 0; e <= lastEpoch; e += step) ctx.fillText(String(e), x(e), top + h + 4);
    ctx.fillText(this.titles.x, left + w / 2, top + h + 18);
    ctx.save();
    ctx.translate(11, top + h / 2); ctx.rotate(-Math.PI / 2);
    ctx.textBaseline = 'middle'; ctx.fillText(this.titles.y, 0, 0);
    ctx.restore();
    // series and legend
    let lx = left;
    for (const s of this.series) {
      ctx.strokeStyle = s.color; ctx.lineWidth = 2; ctx.setLineDash(s.dash ?? []);
      ctx.beginPath();
      let started = false;
      for (const m of history) {
        const v = m[s.key];
        if (!Number.isFinite(v)) continue;
        if (!started) { ctx.moveTo(x(m.epoch), y(v)); started = true; } else ctx.lineTo(x(m.epoch), y(v));
      }
      ctx.stroke();
      ctx.beginPath(); ctx.moveTo(lx, 10); ctx.lineTo(lx + 18, 10); ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = '#202124'; ctx.textAlign = 'left'; ctx.textBaseline = 'middle';
      ctx.fillText(s.label, lx + 22, 10);
      lx += 30 + ctx.measureText(s.label).width + 12;
    }
  }
}
