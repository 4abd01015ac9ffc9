// The data points over the boundary: training points with a white edge, test points with a
// black edge. Redrawn only when the data or the view settings change.
import { cssColor, divergingTable } from './palette.js';

const DOMAIN = 6;  // the core's generators and grid span [−6, 6]²

export class PointsView {
  constructor(canvas) {
    this.canvas = canvas;
    this.ctx = canvas.getContext('2d');
  }

  /** points: x1,x2 pairs; targets: class labels (0/1) or regression values in [−1, 1]. */
  update({ train, test, showTest, regression }) {
    const { ctx, canvas } = this;
    const s = canvas.width / (2 * DOMAIN);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    const r = Math.max(2.5, canvas.width / 160);
    const table = divergingTable();
    const draw = ({ points, targets }, edge) => {
      ctx.strokeStyle = edge;
      ctx.lineWidth = r / 2.5;
      for (let i = 0; i < targets.length; i++) {
        const v = regression ? targets[i] : targets[i] * 2 - 1;
        ctx.fillStyle = cssColor(table, v);
        ctx.beginPath();
        ctx.arc((points[2 * i] + DOMAIN) * s, (DOMAIN - points[2 * i + 1]) * s, r, 0, 2 * Math.PI);
        ctx.fill();
        ctx.stroke();
      }
    };
    draw(train, 'rgba(255,255,255,0.9)');
    if (showTest) draw(test, 'rgba(0,0,0,0.85)');
  }
}
