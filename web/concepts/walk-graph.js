// The same computation as a computational graph, the picture the review question asks for:
// operations as nodes (Σ: z = Σ w·a + b, the activation f, the output link with its loss),
// values flowing forward written above each edge, gradients flowing backward written below it.
// Edge values are the core's per-link terms: w·a forward, w·δ backward (their sum over the
// edges leaving a node is that node's ∂L/∂a).
import { num } from './format.js';
import { term, forwardDone, done } from './walk-data.js';
import { sub, actSymbol } from './walk-explain.js';
import { svgElement as el } from '../shared/svg.js';

const W = 920, ROW = 92, R = 22;

export function drawGraph(svg, s) {
  const rows = Math.max(...s.sizes);
  const H = rows * ROW + 24;
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.replaceChildren();
  const col = [40, 230, 370, 590, 740, 870];
  const ys = (n) => Array.from({ length: n }, (_, i) => H / 2 + (i - (n - 1) / 2) * ROW);
  const [n0, n1, n2] = s.sizes;
  const X = ys(n0).map((y) => ({ x: col[0], y }));
  const S1 = ys(n1).map((y) => ({ x: col[1], y }));
  const F1 = ys(n1).map((y) => ({ x: col[2], y }));
  const S2 = ys(n2).map((y) => ({ x: col[3], y }));
  const LOSS = { x: col[4], y: H / 2 }, OUT = { x: col[5], y: H / 2 };
  const edges = el('g', { class: 'edges' }, svg);
  const labels = el('g', { class: 'edge-labels' }, svg);

  // an edge with the forward value above and the gradient below, at fraction f of its length
  const edge = (a, b, fwd, bwd, f = 0.5) => {
    const x0 = a.x + R, x1 = b.x - R;
    el('line', { x1: x0, y1: a.y, x2: x1, y2: b.y, class: 'edge', 'marker-end': 'url(#arrow)' }, edges);
    const mx = x0 + (x1 - x0) * f, my = a.y + (b.y - a.y) * f;
    if (fwd !== null) el('text', { x: mx, y: my - 5, class: 'e-fwd', 'text-anchor': 'middle' }, labels, fwd);
    if (bwd !== null) el('text', { x: mx, y: my + 13, class: 'e-bwd', 'text-anchor': 'middle' }, labels, bwd);
  };
  const defs = el('defs', {}, svg);
  const marker = el('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 6, markerHeight: 6, orient: 'auto-start-reverse' }, defs);
  el('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrow-head' }, marker);

  // Labels of the edges into target i sit at one fraction of their length, a different one per
  // target, so crossing edges never put their labels at the crossing.
  const along = (i, n) => (n === 1 ? 0.5 : 0.22 + (0.56 * i) / (n - 1));
  for (let i = 0; i < n1; ++i)
    for (let j = 0; j < n0; ++j)
      edge(X[j], S1[i], forwardDone(s, 1, i) ? `w·x=${num(term(s, s.fwd, 0, i, j), 3)}` : null,
        done(s, 'backward', 1, i) ? `w·δ=${num(term(s, s.bwd, 0, i, j), 3)}` : null, along(i, n1));
  for (let i = 0; i < n1; ++i)
    edge(S1[i], F1[i], forwardDone(s, 1, i) ? `z=${num(s.z[1][i], 3)}` : null, done(s, 'backward', 1, i) ? `δ=${num(s.delta[1][i], 3)}` : null);
  for (let k = 0; k < n2; ++k)
    for (let i = 0; i < n1; ++i)
      edge(F1[i], S2[k], forwardDone(s, 2, k) ? `w·a=${num(term(s, s.fwd, 1, k, i), 3)}` : null,
        done(s, 'backward', 2, k) ? `w·δ=${num(term(s, s.bwd, 1, k, i), 3)}` : null, along(k, n2));
  for (let k = 0; k < n2; ++k)
    edge(S2[k], LOSS, forwardDone(s, 2, k) ? `z=${num(s.z[2][k], 3)}` : null, done(s, 'backward', 2, k) ? `δ=${num(s.delta[2][k], 3)}` : null);
  edge(LOSS, OUT, done(s, 'loss') ? `L=${num(s.loss, 3)}` : null, done(s, 'backward', 2, 0) ? '∂L/∂L=1' : null);

  const node = (p, text, cls) => {
    const g = el('g', { class: `op ${cls}` }, svg);
    el('circle', { cx: p.x, cy: p.y, r: R }, g);
    el('text', { x: p.x, y: p.y + 4, 'text-anchor': 'middle' }, g, text);
  };
  X.forEach((p, j) => node(p, `x${sub(j + 1)}`, 'input'));
  S1.forEach((p) => node(p, 'Σ+b', 'sum'));
  F1.forEach((p) => node(p, actSymbol(s.shape.activation), 'act'));
  S2.forEach((p) => node(p, 'Σ+b', 'sum'));
  node(LOSS, s.softmax ? 'sm+CE' : 'σ+CE', 'loss');
  node(OUT, 'L', 'out');
}
