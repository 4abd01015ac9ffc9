// The network diagram: feature nodes, hidden neurons and the output, each a small heatmap of
// its value over the input plane (computed by the core on the boundary grid), and the links
// between them drawn with width and colour from the weight.
import { Heatmap } from './heatmap.js';
import { cssColor, divergingTable } from './palette.js';

const NODE = 38;      // node size in CSS pixels
const ROW = 50;       // vertical distance between nodes
const SVG_NS = 'http://www.w3.org/2000/svg';

export const ALL_FEATURES = ['x1', 'x2', 'x1^2', 'x2^2', 'x1x2', 'sin_x1', 'sin_x2'];
export const FEATURE_LABELS = { x1: 'X₁', x2: 'X₂', 'x1^2': 'X₁²', 'x2^2': 'X₂²', x1x2: 'X₁X₂', sin_x1: 'sin(X₁)', sin_x2: 'sin(X₂)' };

export class NetworkView {
  /**
   * callbacks: onToggleFeature(name), onNeurons(layer, delta), onHover(node | null) where
   * node is {kind: 'feature'|'hidden'|'output', layer, index}.
   */
  constructor(container, callbacks) {
    this.container = container;
    this.callbacks = callbacks;
    this.table = divergingTable();
  }

  /** Rebuilds the diagram for an architecture (features in use, hidden sizes). */
  build({ features, hidden, labels }) {
    this.features = features;
    this.hidden = hidden;
    const c = this.container;
    c.replaceChildren();
    const columns = 2 + hidden.length;
    const width = c.clientWidth || 520;
    const colGap = (width - NODE) / Math.max(1, columns - 1);
    const maxRows = Math.max(ALL_FEATURES.length, ...hidden, 1);
    const height = maxRows * ROW + 40;
    c.style.height = `${height}px`;

    this.svg = document.createElementNS(SVG_NS, 'svg');
    this.svg.setAttribute('class', 'links');
    this.svg.setAttribute('width', width);
    this.svg.setAttribute('height', height);
    c.append(this.svg);

    const pos = (col, row) => ({ x: col * colGap + NODE / 2, y: 40 + row * ROW + NODE / 2 });
    this.nodes = [];      // per column: [{el, heatmap, x, y}]
    // Inputs: every feature is shown; the ones not in use are faded and can be switched on.
    const inputCol = ALL_FEATURES.map((name, row) => {
      const active = features.includes(name);
      const node = this.makeNode(pos(0, row), `feature ${active ? '' : 'inactive'}`, FEATURE_LABELS[name]);
      node.el.setAttribute('role', 'switch');
      node.el.setAttribute('aria-checked', String(active));
      node.el.tabIndex = 0;
      node.el.setAttribute('aria-label', FEATURE_LABELS[name]);
      const toggle = () => this.callbacks.onToggleFeature(name);
      node.el.addEventListener('click', toggle);
      node.el.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); e.stopPropagation(); toggle(); } });
      node.name = name;
      node.active = active;
      node.activeIndex = features.indexOf(name);
      this.hover(node, { kind: 'feature', index: node.activeIndex });
      return node;
    });
    this.nodes.push(inputCol.filter((n) => n.active));
    this.inputNodes = inputCol;

    hidden.forEach((size, layer) => {
      const col = [];
      for (let i = 0; i < size; i++) {
        const node = this.makeNode(pos(layer + 1, i), 'neuron');
        this.hover(node, { kind: 'hidden', layer, index: i });
        col.push(node);
      }
      this.nodes.push(col);
      // +/− neurons above the column
      const ctl = document.createElement('div');
      ctl.className = 'neuron-controls';
      ctl.style.left = `${pos(layer + 1, 0).x - 34}px`;
      ctl.innerHTML = `<button class="round small" data-delta="-1" aria-label="${labels.removeNeuron}" title="${labels.removeNeuron}">−</button>` +
        `<span>${size}</span>` +
        `<button class="round small" data-delta="1" aria-label="${labels.addNeuron}" title="${labels.addNeuron}">+</button>`;
      for (const b of ctl.querySelectorAll('button'))
        b.addEventListener('click', () => this.callbacks.onNeurons(layer, Number(b.dataset.delta)));
      c.append(ctl);
    });
    const out = this.makeNode(pos(columns - 1, 0), 'neuron output', 'ŷ');
    this.hover(out, { kind: 'output', index: 0 });
    this.nodes.push([out]);

    // Links between consecutive columns, in the weight matrix's order (column-major W).
    this.links = [];
    for (let l = 0; l + 1 < this.nodes.length; l++) {
      const from = this.nodes[l], to = this.nodes[l + 1];
      const paths = [];
      for (let j = 0; j < from.length; j++)
        for (let i = 0; i < to.length; i++) {
          const p = document.createElementNS(SVG_NS, 'path');
          const a = from[j], b = to[i], mx = (a.x + b.x) / 2;
          p.setAttribute('d', `M${a.x + NODE / 2},${a.y} C${mx},${a.y} ${mx},${b.y} ${b.x - NODE / 2},${b.y}`);
          this.svg.append(p);
          paths[i + j * to.length] = p;
        }
      this.links.push(paths);
    }
  }

  makeNode({ x, y }, cls, label) {
    const el = document.createElement('div');
    el.className = `node ${cls}`;
    el.style.left = `${x - NODE / 2}px`;
    el.style.top = `${y - NODE / 2}px`;
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 10;
    el.append(canvas);
    if (label) {
      const span = document.createElement('span');
      span.className = 'node-label';
      span.textContent = label;
      el.append(span);
    }
    this.container.append(el);
    return { el, x, y, heatmap: new Heatmap(canvas, { table: this.table }) };
  }

  hover(node, what) {
    node.el.addEventListener('mouseenter', () => this.callbacks.onHover(what));
    node.el.addEventListener('mouseleave', () => this.callbacks.onHover(null));
  }

  /**
   * Per frame, after session.grid(n): node heatmaps from the core's grid views, link widths
   * from the weights. `grid` is that call's output view.
   */
  update(session, n, { grid, outputMap, discretize }) {
    const inputs = session.inputGrid();
    const active = this.nodes[0];
    active.forEach((node, k) => node.heatmap.update(inputs, n, { offset: k, stride: active.length, map: (v) => v / 6 }));
    for (let l = 0; l < this.hidden.length; l++) {
      const values = session.hiddenGrid(l), col = this.nodes[l + 1];
      col.forEach((node, k) => node.heatmap.update(values, n, { offset: k, stride: col.length }));
    }
    const out = this.nodes[this.nodes.length - 1][0];
    out.heatmap.update(grid, n, { offset: 0, stride: session.outputs, map: outputMap, discretize });
    for (let l = 0; l < this.links.length; l++) {
      const w = session.weights(l), paths = this.links[l];
      for (let k = 0; k < paths.length; k++) {
        const p = paths[k];
        if (!p) continue;
        const v = w[k];
        p.setAttribute('stroke-width', Math.min(8, 0.4 + Math.abs(v) * 2).toFixed(2));
        p.setAttribute('stroke', cssColor(this.table, Math.tanh(v)));
      }
    }
  }
}
