// The data points over the boundary: training points with a white edge, test points with a
// black edge. Redrawn only when the data or the view settings change.
import { classColour, cssColor, divergingTable, rgb } from '../../shared/palette.js';

export class PointsView {
  /** domain: the canvas spans [−domain, domain]² (the core's generators and grid, from its catalog). */
  constructor(canvas, domain) {
    this.domain = domain;
    this.canvas = canvas;
    this.ctx = canvas.getContext('2d');
  }

  /**
   * points: x1,x2 pairs; targets: class labels (0 … classes−1) or regression values in [−1, 1].
   */
  update({ train, test, showTest, regression, classes = 2, highlight = null, chosen = null }) {
    const { ctx, canvas } = this;
    const D = this.domain;
    const s = canvas.width / (2 * D);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    const r = Math.max(2.5, canvas.width / 160);
    const table = divergingTable();
    const draw = ({ points, targets }, edge) => {
      ctx.strokeStyle = edge;
      ctx.lineWidth = r / 2.5;
      for (let i = 0; i < targets.length; i++) {
        if (regression) ctx.fillStyle = cssColor(table, targets[i]);
        else if (classes > 2) ctx.fillStyle = rgb(classColour(targets[i], classes));
        else ctx.fillStyle = cssColor(table, targets[i] * 2 - 1);
        ctx.beginPath();
        ctx.arc((points[2 * i] + D) * s, (D - points[2 * i + 1]) * s, r, 0, 2 * Math.PI);
        ctx.fill();
        ctx.stroke();
      }
    };
    draw(train, 'rgba(255,255,255,0.9)');
    if (showTest) draw(test, 'rgba(0,0,0,0.85)');
    // The mini-batch of a step-by-step step: a dark ring around each of its points.
    if (highlight) {
      ctx.strokeStyle = '#202124';
      ctx.lineWidth = r / 1.5;
      for (const i of highlight) {
        ctx.beginPath();
        ctx.arc((train.points[2 * i] + D) * s, (D - train.points[2 * i + 1]) * s, r * 2.2, 0, 2 * Math.PI);
        ctx.stroke();
      }
    }
    // The example whose values the step-by-step card shows: a thicker ring in the accent colour.
    if (highlight && chosen !== null) {
      ctx.strokeStyle = '#e8710a';
      ctx.lineWidth = r / 1.1;
      ctx.beginPath();
      ctx.arc((train.points[2 * chosen] + D) * s, (D - train.points[2 * chosen + 1]) * s, r * 3.2, 0, 2 * Math.PI);
      ctx.stroke();
    }
  }
}
