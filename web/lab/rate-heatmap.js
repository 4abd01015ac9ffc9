// The distill figure: the heavy ball's convergence factor over the (α, β) plane, as the core
// computed it (Lab.rateMap), with Momentum's current (α, β), SGD's α (β = 0) and the optimum
// marked. Clicking picks (α, β).
import { rateColor, rateLegendColor, DIVERGES } from './colors.js';

// The map is drawn inset by this many canvas pixels on every side, so a marker at β = 0,
// β = 0.99 or the largest α is drawn whole (the biggest marker's radius is 9 plus its
// outline). The axis labels' CSS insets (lab.css, --map-inset) match it.
export const MAP_INSET = 12;

/** The colour bar under the map (iterations per 10× less error) and the "diverges" key. */
export function drawRateLegend(canvas, divergesKey) {
  const ctx = canvas.getContext('2d');
  for (let x = 0; x < canvas.width; x++) {
    const [r, g, b] = rateLegendColor(x / (canvas.width - 1));
    ctx.fillStyle = `rgb(${r},${g},${b})`;
    ctx.fillRect(x, 0, 1, canvas.height);
  }
  divergesKey.style.setProperty('--diverges', `rgb(${DIVERGES.join(',')})`);
}

export class RateHeatmap {
  constructor(canvas, { onPick }) {
    this.canvas = canvas;
    this.ctx = canvas.getContext('2d');
    this.cells = document.createElement('canvas');
    this.alphaMax = 1;
    canvas.addEventListener('click', (e) => {
      const r = canvas.getBoundingClientRect();
      const px = ((e.clientX - r.left) / r.width) * canvas.width, py = ((e.clientY - r.top) / r.height) * canvas.height;
      const fx = (px - MAP_INSET) / (canvas.width - 2 * MAP_INSET), fy = (py - MAP_INSET) / (canvas.height - 2 * MAP_INSET);
      onPick({ alpha: Math.max(0, fx) * this.alphaMax, beta: 1 - Math.min(1, Math.max(0, fy)) });
    });
  }

  /** map: Float32Array nBeta × nAlpha from the core; alphaMax: the α of the right edge. */
  setMap(map, nAlpha, nBeta, alphaMax) {
    this.alphaMax = alphaMax;
    this.cells.width = nAlpha;
    this.cells.height = nBeta;
    const cctx = this.cells.getContext('2d');
    const image = cctx.createImageData(nAlpha, nBeta);
    for (let k = 0; k < nAlpha * nBeta; k++) {
      const [r, g, b] = rateColor(map[k]);
      image.data.set([r, g, b, 255], 4 * k);
    }
    cctx.putImageData(image, 0, 0);
  }

  /** markers: [{alpha, beta, color, shape: 'dot' | 'star' | 'ring'}]. */
  draw(markers) {
    const { ctx, canvas } = this;
    const M = MAP_INSET, w = canvas.width - 2 * M, h = canvas.height - 2 * M;
    ctx.imageSmoothingEnabled = false;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(this.cells, M, M, w, h);
    ctx.strokeStyle = '#c9ced6';
    ctx.lineWidth = 1;
    ctx.strokeRect(M - 0.5, M - 0.5, w + 1, h + 1);
    this.placed = [];
    for (const m of markers) {
      const x = M + Math.min(1, m.alpha / this.alphaMax) * w, y = M + Math.max(0, Math.min(1, 1 - m.beta)) * h;
      this.placed.push({ shape: m.shape, x, y, r: m.shape === 'dot' ? 7 : 12 });  // for layout tests
      ctx.lineWidth = 2;
      ctx.strokeStyle = '#fff';
      ctx.fillStyle = m.color;
      ctx.beginPath();
      if (m.shape === 'star') {
        for (let k = 0; k < 10; k++) {
          const r = k % 2 ? 4 : 9, a = -Math.PI / 2 + (k * Math.PI) / 5;
          ctx.lineTo(x + r * Math.cos(a), y + r * Math.sin(a));
        }
        ctx.closePath();
      } else if (m.shape === 'ring') {
        // Hollow, so the optimum stays visible when the chosen point sits on it.
        ctx.arc(x, y, 9, 0, 2 * Math.PI);
        ctx.lineWidth = 5;
        ctx.stroke();
        ctx.strokeStyle = m.color;
        ctx.lineWidth = 3;
        ctx.stroke();
        continue;
      } else {
        ctx.arc(x, y, 6, 0, 2 * Math.PI);
      }
      ctx.fill();
      ctx.stroke();
    }
  }
}
