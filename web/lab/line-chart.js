// A small line chart of several series against the iteration, with a logarithmic y axis
// ('log': values ≤ 0 are skipped) or a signed logarithmic one ('symlog': sign(v)·log10(1 + |v|/c),
// for saddles where f − f(saddle) goes negative). Used for the loss, the step length and the
// eigen-direction errors.

const LEFT = 44, RIGHT = 10, TOP = 8, BOTTOM = 20;

export class LineChart {
  constructor(canvas) {
    this.canvas = canvas;
    this.ctx = canvas.getContext('2d');
  }

  /**
   * series: [{values: ArrayLike<number>, stride = 1, offset = 0, abs = false, color, dash,
   * outlier}] (an outlier series, e.g. a racer that left the map, does not set the y range);
   * options: {scale: 'log' | 'symlog', iterations: x-axis length}.
   */
  update(series, { scale = 'log', iterations = 1 } = {}) {
    const { ctx, canvas } = this;
    const w = canvas.width, h = canvas.height;
    ctx.clearRect(0, 0, w, h);
    const get = (s, k) => {
      const v = s.values[k * (s.stride ?? 1) + (s.offset ?? 0)];
      return s.abs ? Math.abs(v) : v;
    };
    const count = (s) => Math.floor((s.values.length - (s.offset ?? 0) + (s.stride ?? 1) - 1) / (s.stride ?? 1));
    // y range over all series, in transformed units.
    const c = 1e-3;
    const tf = scale === 'log' ? (v) => (v > 0 ? Math.log10(v) : NaN) : (v) => Math.sign(v) * Math.log10(1 + Math.abs(v) / c);
    let lo = Infinity, hi = -Infinity;
    for (const s of series.some((s) => !s.outlier) ? series.filter((s) => !s.outlier) : series)
      for (let k = 0, n = count(s); k < n; k++) {
        const y = tf(get(s, k));
        if (Number.isFinite(y)) { lo = Math.min(lo, y); hi = Math.max(hi, y); }
      }
    if (!(hi >= lo)) { lo = -1; hi = 1; }
    if (scale === 'log') { lo = Math.floor(Math.max(lo, hi - 16)); hi = Math.ceil(hi); }
    if (hi - lo < 1) { hi = lo + 1; }
    const xMax = Math.max(1, iterations);
    const X = (k) => LEFT + (k / xMax) * (w - LEFT - RIGHT);
    const Y = (y) => TOP + ((hi - y) / (hi - lo)) * (h - TOP - BOTTOM);

    // Axes and ticks.
    ctx.font = '11px system-ui, sans-serif';
    ctx.fillStyle = '#5f6368';
    ctx.strokeStyle = '#e3e5e8';
    ctx.lineWidth = 1;
    ctx.textAlign = 'right';
    ctx.textBaseline = 'middle';
    const ticks = [];
    if (scale === 'log') {
      const stepDecades = Math.max(1, Math.ceil((hi - lo) / 5));
      for (let e = Math.ceil(lo); e <= hi; e += stepDecades) ticks.push([e, `1e${e}`]);
    } else {
      // Round values ±10^k, at most three per sign.
      ticks.push([0, '0']);
      for (const sign of [1, -1]) {
        const ks = [];
        for (let k = -2; k <= 20; k++) { const y = tf(sign * 10 ** k); if (y >= lo && y <= hi) ks.push(k); }
        const every = Math.max(1, Math.ceil(ks.length / 3));
        for (let j = ks.length - 1; j >= 0; j -= every) ticks.push([tf(sign * 10 ** ks[j]), fmtTick(sign * 10 ** ks[j])]);
      }
    }
    for (const [y, label] of ticks) {
      ctx.beginPath();
      ctx.moveTo(LEFT, Y(y));
      ctx.lineTo(w - RIGHT, Y(y));
      ctx.stroke();
      ctx.fillText(label, LEFT - 4, Y(y));
    }
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    for (const k of [0, Math.round(xMax / 2), xMax]) ctx.fillText(String(k), X(k), h - BOTTOM + 4);

    // Series: at most ~2 vertices per pixel column.
    for (const s of series) {
      const n = count(s);
      if (n === 0) continue;
      const every = Math.max(1, Math.floor(n / (2 * (w - LEFT - RIGHT))));
      ctx.strokeStyle = s.color;
      ctx.lineWidth = 1.8;
      ctx.setLineDash(s.dash ? [5, 4] : []);
      ctx.beginPath();
      let pen = false;
      for (let k = 0; k < n; k += every) {
        const y = tf(get(s, k));
        if (!Number.isFinite(y)) { pen = false; continue; }
        const yy = Y(Math.max(lo, Math.min(hi, y)));
        if (pen) ctx.lineTo(X(k), yy); else ctx.moveTo(X(k), yy);
        pen = true;
      }
      const y = tf(get(s, n - 1));
      if (pen && Number.isFinite(y)) ctx.lineTo(X(n - 1), Y(Math.max(lo, Math.min(hi, y))));
      ctx.stroke();
    }
    ctx.setLineDash([]);
  }
}

function fmtTick(v) {
  const a = Math.abs(v);
  if (a >= 1000 || a < 0.01) return v.toExponential(0);
  return String(Number(v.toPrecision(2)));
}
