// Training (grey) and test (black) loss against epochs: a small line chart.

export class LossChart {
  constructor(canvas) {
    this.bestLabel = 'best';
    this.canvas = canvas;
    this.ctx = canvas.getContext('2d');
  }

  /** history: [{epoch, trainLoss, testLoss}]; bestEpoch: a dashed marker there (or null). */
  update(history, { bestEpoch = null } = {}) {
    const { ctx, canvas } = this;
    const w = canvas.width, h = canvas.height, pad = 4;
    ctx.clearRect(0, 0, w, h);
    if (history.length < 2) return;
    let max = 0;
    for (const p of history) max = Math.max(max, finite(p.trainLoss), finite(p.testLoss));
    if (max <= 0) max = 1;
    const first = history[0].epoch, span = Math.max(1, history[history.length - 1].epoch - first);
    const x = (e) => pad + ((e - first) / span) * (w - 2 * pad);
    const y = (v) => h - pad - (finite(v) / max) * (h - 2 * pad);
    const line = (key, color, width) => {
      ctx.strokeStyle = color;
      ctx.lineWidth = width;
      ctx.beginPath();
      // At most one vertex per pixel column keeps long runs cheap.
      const stepEvery = Math.max(1, Math.floor(history.length / w));
      for (let i = 0; i < history.length; i += stepEvery) {
        const p = history[i];
        if (i === 0) ctx.moveTo(x(p.epoch), y(p[key])); else ctx.lineTo(x(p.epoch), y(p[key]));
      }
      const last = history[history.length - 1];
      ctx.lineTo(x(last.epoch), y(last[key]));
      ctx.stroke();
    };
    line('trainLoss', '#9aa0a6', 1.5);
    line('testLoss', '#202124', 1.5);
    if (bestEpoch !== null && bestEpoch >= first) {
      const bx = Math.round(x(bestEpoch)) + 0.5;
      ctx.strokeStyle = '#0877bd';
      ctx.lineWidth = 1.5;
      ctx.setLineDash([4, 3]);
      ctx.beginPath();
      ctx.moveTo(bx, pad);
      ctx.lineTo(bx, h - pad);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = '#0877bd';
      ctx.font = '11px system-ui, sans-serif';
      ctx.textAlign = bx > w - 40 ? 'right' : 'left';
      ctx.fillText(this.bestLabel, bx + (bx > w - 40 ? -4 : 4), pad + 10);
    }
  }
}

const finite = (v) => (Number.isFinite(v) ? v : 0);
