// A per-epoch line chart with labelled axes and a legend: training and validation curves of
// the current run, or the validation curves of several runs overlaid. Only draws numbers the
// core computed.
import { fitCanvas } from '../shared/hidpi.js';

const COLORS = ['#0877bd', '#e8710a', '#1e8e3e', '#a142f4', '#d93025', '#007b83', '#9aa0a6', '#f9ab00'];
export const seriesColor = (i) => COLORS[i % COLORS.length];

export class EpochChart {
  constructor(canvas) {
    this.canvas = canvas;
    this.ctx = canvas.getContext('2d');
  }

  /**
   * series: [{label, color, dash, points: [[epoch, value]…]}]; axes: {x, y} labels;
   * yRange: [min, max] fixed (accuracy: [0, 1]) or null to fit the data.
   */
  update(series, { x, y }, yRange = null) {
    const { ctx, width: cssW, height: cssH } = fitCanvas(this.canvas, 360, 180);
    const left = 54, right = 10, top = 22, bottom = 30;
    const w = cssW - left - right, h = cssH - top - bottom;
    let xMax = 1, yMin = Infinity, yMax = -Infinity;
    for (const s of series)
      for (const [e, v] of s.points) {
        if (!Number.isFinite(v)) continue;
        xMax = Math.max(xMax, e);
        yMin = Math.min(yMin, v);
        yMax = Math.max(yMax, v);
      }
    if (yRange) [yMin, yMax] = yRange;
    if (!Number.isFinite(yMin)) { yMin = 0; yMax = 1; }
    if (yMax - yMin < 1e-9) { yMax += 0.5; yMin -= 0.5; }
    const px = (e) => left + (e / xMax) * w;
    const py = (v) => top + (1 - (v - yMin) / (yMax - yMin)) * h;

    ctx.strokeStyle = '#c8ccd0';
    ctx.fillStyle = '#5f6368';
    ctx.lineWidth = 1;
    ctx.font = '11px system-ui, sans-serif';
    ctx.beginPath();
    ctx.moveTo(left, top);
    ctx.lineTo(left, top + h);
    ctx.lineTo(left + w, top + h);
    ctx.stroke();
    ctx.textAlign = 'right';
    ctx.textBaseline = 'middle';
    for (let i = 0; i <= 4; i++) {
      const v = yMin + ((yMax - yMin) * i) / 4;
      ctx.fillText(formatTick(v), left - 4, py(v));
    }
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    for (let i = 0; i <= 4; i++) {
      const e = Math.round((xMax * i) / 4);
      ctx.fillText(String(e), px(e), top + h + 4);
    }
    ctx.fillText(x, left + w / 2, top + h + 16);
    ctx.save();
    ctx.translate(12, top + h / 2);
    ctx.rotate(-Math.PI / 2);
    ctx.fillText(y, 0, -4);
    ctx.restore();

    for (const s of series) {
      ctx.strokeStyle = s.color;
      ctx.lineWidth = 1.8;
      ctx.setLineDash(s.dash ?? []);
      ctx.beginPath();
      let started = false;
      for (const [e, v] of s.points) {
        if (!Number.isFinite(v)) { started = false; continue; }
        if (started) ctx.lineTo(px(e), py(v)); else ctx.moveTo(px(e), py(v));
        started = true;
      }
      ctx.stroke();
    }
    ctx.setLineDash([]);

    // Legend along the top.
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    let lx = left;
    for (const s of series) {
      ctx.strokeStyle = s.color;
      ctx.lineWidth = 2;
      ctx.setLineDash(s.dash ?? []);
      ctx.beginPath();
      ctx.moveTo(lx, 9);
      ctx.lineTo(lx + 16, 9);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = '#202124';
      ctx.fillText(s.label, lx + 20, 9);
      lx += 28 + ctx.measureText(s.label).width;
    }
  }
}

function formatTick(v) {
  const a = Math.abs(v);
  if (a === 0) return '0';
  if (a >= 100) return v.toFixed(0);
  if (a >= 1) return v.toFixed(2);
  return v.toFixed(3);
}
