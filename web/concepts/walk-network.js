// The walkthrough's network diagram: neurons as boxes with z, a and δ once computed, links with
// w near their start and ∂L/∂w near their end once the gradients of that layer are done, the
// loss box at the right. The operation being performed is highlighted.
import { t } from '../shared/i18n.js';
import { num } from './format.js';
import { wIndex, bIndex, forwardDone, outputDone, done, updateDone } from './walk-data.js';
import { sub, actSymbol } from './walk-explain.js';
import { svgElement as el } from '../shared/svg.js';

const W = 760, BOX_W = 112, BOX_H = 58, ROW = 96;

export function nodePositions(s, width = W) {
  const rows = Math.max(...s.sizes);
  const height = rows * ROW + 30;
  const xs = [70, width * 0.42, width * 0.72];
  const pos = s.sizes.map((n, l) => Array.from({ length: n }, (_, i) => ({ x: xs[l], y: height / 2 + (i - (n - 1) / 2) * ROW })));
  return { pos, height, loss: { x: width - 60, y: height / 2 } };
}

export function drawNetwork(svg, s) {
  const { pos, height, loss } = nodePositions(s);
  svg.setAttribute('viewBox', `0 0 ${W} ${height}`);
  svg.replaceChildren();
  const cur = s.steps[s.cursor];
  const links = el('g', { class: 'links' }, svg);
  const labels = el('g', { class: 'link-labels' }, svg);
  for (let b = 0; b < 2; ++b) {
    const gradsShown = done(s, 'gradients', b + 1);
    for (let i = 0; i < s.sizes[b + 1]; ++i) {
      for (let j = 0; j < s.sizes[b]; ++j) {
        const p0 = pos[b][j], p1 = pos[b + 1][i];
        const x0 = p0.x + BOX_W / 2, x1 = p1.x - BOX_W / 2;
        const k = wIndex(s, b, i, j);
        const active = cur && ((cur.op === 'forward' && cur.layer === b + 1 && cur.neuron === i) || (cur.op === 'gradients' && cur.layer === b + 1)
          || (cur.op === 'backward' && cur.layer === b && cur.neuron === j && b === 1) || cur.op === 'update');
        el('line', { x1: x0, y1: p0.y, x2: x1, y2: p1.y, class: `link${active ? ' active' : ''}`, 'data-param': k }, links);
        const at = (f) => ({ x: x0 + (x1 - x0) * f, y: p0.y + (p1.y - p0.y) * f });
        const wpos = at(0.22 + 0.06 * (i % 2));
        const w = updateDone(s) ? `${num(s.params[k], 3)}→${num(s.updated[k], 3)}` : num(s.params[k], 3);
        el('text', { x: wpos.x, y: wpos.y - 3, class: 'w-label', 'text-anchor': 'middle', 'data-param': k }, labels, `w ${w}`);
        if (gradsShown) {
          const gpos = at(0.72 + 0.06 * (j % 2));
          el('text', { x: gpos.x, y: gpos.y + 12, class: 'g-label', 'text-anchor': 'middle', 'data-param': k }, labels, `∂ ${num(s.grads[k], 3)}`);
        }
      }
    }
  }
  const nodes = el('g', { class: 'nodes' }, svg);
  const box = (p, title, lines, active, known) => {
    const g = el('g', { class: `node${active ? ' active' : ''}${known ? '' : ' unknown'}` }, nodes);
    el('rect', { x: p.x - BOX_W / 2, y: p.y - BOX_H / 2, width: BOX_W, height: BOX_H, rx: 8 }, g);
    el('text', { x: p.x - BOX_W / 2 + 6, y: p.y - BOX_H / 2 + 14, class: 'node-title' }, g, title);
    lines.forEach(([text, cls], n) => el('text', { x: p.x - BOX_W / 2 + 6, y: p.y - BOX_H / 2 + 28 + n * 13, class: cls }, g, text));
    return g;
  };
  s.sizes.forEach((n, l) => {
    for (let i = 0; i < n; ++i) {
      const lines = [];
      if (l === 0) lines.push([`x = ${num(s.a[0][i])}`, 'v-a']);
      else {
        const bi = bIndex(s, l - 1, i);
        if (forwardDone(s, l, i)) lines.push([`z = ${num(s.z[l][i])}`, 'v-z']);
        else lines.push([`b = ${num(s.params[bi], 3)}`, 'v-b']);
        if (l === 1 && forwardDone(s, l, i)) lines.push([`a = ${num(s.a[1][i])}`, 'v-a']);
        if (l === 2 && outputDone(s, i)) lines.push([`p = ${num(s.a[2][i])}`, 'v-a']);
        if (done(s, 'backward', l, i)) lines.push([`δ = ${num(s.delta[l][i])}`, 'v-d']);
      }
      const title = l === 0 ? `x${sub(i + 1)}` : l === 1 ? `h${sub(i + 1)} · ${actSymbol(s.shape.activation)}` : `o${sub(i + 1)} · ${s.softmax ? 'softmax' : 'σ'}`;
      const active = cur && (cur.op === 'forward' || cur.op === 'backward') && cur.layer === l && cur.neuron === i
        || (cur && cur.op === 'softmax' && l === 2);
      box(pos[l][i], title, lines.slice(0, 3), active, l === 0 || forwardDone(s, l, i));
    }
  });
  // the loss
  const lossLines = [];
  if (done(s, 'loss')) lossLines.push([`L = ${num(s.loss)}`, 'v-z']);
  if (updateDone(s)) lossLines.push([`${t('after')} ${num(s.lossAfter)}`, 'v-d']);
  const y = s.softmax ? `y = ${s.target + 1}` : `y = ${s.target}`;
  lossLines.unshift([y, 'v-b']);
  for (let k = 0; k < s.sizes[2]; ++k) el('line', { x1: pos[2][k].x + BOX_W / 2, y1: pos[2][k].y, x2: loss.x - 44, y2: loss.y, class: 'link' }, links);
  const lg = box({ x: loss.x, y: loss.y }, t('lossNode'), lossLines, cur && (cur.op === 'loss' || cur.op === 'update'), done(s, 'loss'));
  lg.querySelector('rect').setAttribute('width', 88);
  lg.querySelector('rect').setAttribute('x', loss.x - 44);
  for (const tx of lg.querySelectorAll('text')) tx.setAttribute('x', loss.x - 38);
  svg.dataset.loss = s.loss;
  svg.dataset.lossAfter = updateDone(s) ? s.lossAfter : '';
}
