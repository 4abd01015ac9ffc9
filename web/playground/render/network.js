// The network diagram: feature nodes, hidden neurons and the output, each a small heatmap of
// its value over the input plane (computed by the core on the boundary grid), and the links
// between them drawn with width and colour from the weight — or, with "show gradients", from
// ∂L/∂w of the last mini-batch, each neuron outlined by its backward signal ∂L/∂a.
import { ThumbnailAtlas } from './thumbnails.js';
import { cssColor, divergingTable, tableIndex } from '../../shared/palette.js';
import { gradientLevel, gradientLegend } from './gradient-scale.js';

const NODE = 38;      // node size in CSS pixels (smaller when a layer has more than 8 neurons)
const ROW = 50;       // vertical distance between nodes
const TOP = 40;       // room for the +/− neuron buttons
// Menus narrower than this show only first letters ("L", "T"): below it every hidden layer gets
// one row under the diagram instead ("Layer 3  [Leaky ReLU ▾]  [drop 0.1 ▾]").
const MENU_MIN = 66;
const LAYER_ROW = 28;  // height of one such row
const SVG_NS = 'http://www.w3.org/2000/svg';
const SUB = ['₀', '₁', '₂', '₃', '₄', '₅', '₆', '₇', '₈', '₉'];

const SUP = { 2: '²', 3: '³' };
const LINK_MS = 60;  // the links' fastest redraw interval while training runs (see scheduleLinks)

/** How the diagram writes a feature of the core: x1 → X₁, x1^2 → X₁², sin_x1 → sin(X₁). */
export function featureLabel(name) {
  const vars = (s) => s.replace(/x(\d)/g, (_, d) => `X${SUB[d]}`).replace(/\^(\d)/g, (_, p) => SUP[p] ?? `^${p}`);
  const fn = name.match(/^([a-z]+)_(x\d)$/);
  return fn ? `${fn[1]}(${vars(fn[2])})` : vars(name);
}

// The palette's 256 colours as CSS strings, made once per palette (not one string per link and frame).
let colourStrings = null, colourStringsFor = null;
function linkColours(table) {
  if (colourStringsFor !== table) {
    colourStrings = Array.from({ length: 256 }, (_, i) => cssColor(table, i / 127.5 - 1));
    colourStringsFor = table;
  }
  return colourStrings;
}

export class NetworkView {
  /**
   * callbacks: onToggleFeature(name), onNeurons(layer, delta), onHover(node | null) where
   * node is {kind: 'feature'|'hidden'|'output', layer, index}; onLinkHover(link | null, event)
   * and onLinkClick(link, event) with link = {layer, to, from, fromLabel, toLabel, weight}.
   */
  constructor(container, callbacks) {
    this.container = container;
    this.callbacks = callbacks;
    this.atlas = new ThumbnailAtlas();  // every node's thumbnail, one slot each
  }

  /**
   * Rebuilds the diagram for an architecture: the features in use out of every feature the
   * core offers (allFeatures), hidden sizes; `domain` is the input plane's half-width.
   */
  build({ features, allFeatures, domain, hidden, outputs = 1, labels, layers = null }) {
    this.allFeatures = allFeatures;
    this.domain = domain;
    this.features = features;
    this.hidden = hidden;
    const c = this.container;
    c.replaceChildren();
    const columns = 2 + hidden.length;
    const width = c.clientWidth || 520;
    const maxRows = Math.max(allFeatures.length, ...hidden, outputs);
    const row = maxRows <= 8 ? ROW : Math.max(14, Math.floor((8 * ROW) / maxRows));
    // Many layers in a narrow column: nodes shrink so that columns never touch, and the
    // per-layer controls (± neurons, activation and dropout menus) take the column's width.
    const node = Math.max(12, Math.min(NODE, row - 6, Math.floor(width / columns) - 8));
    const colGap = (width - node) / Math.max(1, columns - 1);
    const controlWidth = Math.min(106, Math.floor(colGap) - 4), optionsWidth = Math.min(84, Math.floor(colGap) - 6);
    c.classList.toggle('narrow', colGap < 70);
    const compact = Boolean(layers) && optionsWidth < MENU_MIN;
    c.classList.toggle('compact-layers', compact);
    const optionsHeight = !layers ? 0 : compact ? hidden.length * LAYER_ROW + 8 : 48;
    const height = Math.max(allFeatures.length * ROW, maxRows * row) + TOP + optionsHeight;
    c.style.height = `${height}px`;
    c.style.setProperty('--node', `${node}px`);
    this.node = node;

    // Links are painted on one canvas and the node thumbnails on a second one above it, so
    // that each can be redrawn without the other (links are the expensive part: hundreds of
    // anti-aliased curves); an SVG layer on top holds an invisible, never-restyled path per
    // link that catches the mouse.
    const dpr = globalThis.devicePixelRatio || 1;
    // The two canvases are kept from one build to the next (a reset, a neuron added): a new
    // canvas's backing store is allocated at its first drawing call, 17 ms of a 30 ms rebuild
    // of the 6 × 8 network. Only a change of size gives them a new store.
    const layer = (canvas, className) => {
      if (!canvas) {
        canvas = document.createElement('canvas');
        canvas.className = className;
        canvas.setAttribute('aria-hidden', 'true');
      }
      const W = Math.round(width * dpr), H = Math.round(height * dpr);
      if (canvas.width !== W || canvas.height !== H) { canvas.width = W; canvas.height = H; }
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
      const ctx = canvas.getContext('2d');
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      c.append(canvas);
      return [canvas, ctx];
    };
    [this.linkCanvas, this.linkCtx] = layer(this.linkCanvas, 'links-canvas');
    [this.thumbCanvas, this.thumbCtx] = layer(this.thumbCanvas, 'links-canvas thumbnails-canvas');
    clearTimeout(this.linkTimer);
    this.linkTimer = null;
    this.linksDrawnAt = -Infinity;
    this.linkSize = { width, height };
    this.hoveredLink = null;
    this.svg = document.createElementNS(SVG_NS, 'svg');
    this.svg.setAttribute('class', 'links');
    this.svg.setAttribute('width', width);
    this.svg.setAttribute('height', height);
    c.append(this.svg);
    // One listener of each kind for every link (≈ 400 in the 6 × 8 network), not three per path.
    const linkOf = new WeakMap();  // hit path → its link
    this.svg.addEventListener('mouseover', (e) => {
      const link = linkOf.get(e.target);
      if (!link) return;
      this.hoveredLink = link;
      this.drawLinks();
      this.callbacks.onLinkHover(link, e);
    });
    this.svg.addEventListener('mouseout', (e) => {
      if (!linkOf.has(e.target)) return;
      this.hoveredLink = null;
      this.drawLinks();
      this.callbacks.onLinkHover(null, e);
    });
    this.svg.addEventListener('click', (e) => {
      const link = linkOf.get(e.target);
      if (link) this.callbacks.onLinkClick(link, e);
    });

    const pos = (col, r, rowHeight = row) => ({ x: col * colGap + node / 2, y: TOP + r * rowHeight + node / 2 });
    this.nodes = [];      // per column of the network: [{el, slot, x, y, label}]
    this.slotCount = 0;   // thumbnails in the atlas, one per node
    // Inputs: every feature is shown; the ones not in use are faded and can be switched on.
    this.inputNodes = allFeatures.map((name, r) => {
      const active = features.includes(name);
      const n = this.makeNode(pos(0, r, ROW), `feature ${active ? '' : 'inactive'}`, featureLabel(name));
      n.el.setAttribute('role', 'switch');
      n.el.setAttribute('aria-checked', String(active));
      n.el.tabIndex = 0;
      n.el.setAttribute('aria-label', `${labels.feature} ${featureLabel(name)}`);
      n.el.title = labels.featureTip;
      const toggle = () => this.callbacks.onToggleFeature(name);
      n.el.addEventListener('click', toggle);
      n.el.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); e.stopPropagation(); toggle(); } });
      n.name = name;
      n.active = active;
      n.label = featureLabel(name);
      this.hover(n, { kind: 'feature', index: r });
      return n;
    });
    // Active features in the order the spec lists them (that is the weight matrix's order).
    this.nodes.push(features.map((f) => this.inputNodes[allFeatures.indexOf(f)]));

    hidden.forEach((size, layer) => {
      const col = [];
      for (let i = 0; i < size; i++) {
        const n = this.makeNode(pos(layer + 1, i), 'neuron');
        n.label = labels.neuron(layer + 1, i + 1);
        n.el.setAttribute('role', 'img');
        n.el.setAttribute('aria-label', n.label);
        this.hover(n, { kind: 'hidden', layer, index: i });
        col.push(n);
      }
      this.nodes.push(col);
      const ctl = document.createElement('div');
      ctl.className = 'neuron-controls';
      ctl.style.left = `${pos(layer + 1, 0).x - controlWidth / 2}px`;
      ctl.style.width = `${controlWidth}px`;
      for (const [delta, text, label] of [[-1, '−', labels.removeNeuron], [0, String(size), null], [1, '+', labels.addNeuron]]) {
        if (!label) { const s = document.createElement('span'); s.textContent = text; ctl.append(s); continue; }
        const b = document.createElement('button');
        b.className = 'round small';
        b.textContent = text;
        b.setAttribute('aria-label', `${label} (${labels.layer} ${layer + 1})`);
        b.title = label;
        b.addEventListener('click', () => this.callbacks.onNeurons(layer, delta));
        ctl.append(b);
      }
      c.append(ctl);
      if (layers && compact) c.append(this.layerRow(layer, height - optionsHeight + 6 + layer * LAYER_ROW, labels, layers));
      else if (layers) c.append(this.layerOptions(layer, pos(layer + 1, 0).x, height - optionsHeight + 4, labels, layers, optionsWidth));
    });
    // One output node, or one per class for a softmax output (each shows P(class k)).
    const outCol = [];
    for (let k = 0; k < outputs; k++) {
      const out = this.makeNode(pos(columns - 1, k), 'neuron output', outputs > 1 ? `ŷ${SUB[k] ?? k}` : 'ŷ');
      out.label = outputs > 1 ? `${labels.outputNode} ${k}` : labels.outputNode;
      out.el.setAttribute('role', 'img');
      out.el.setAttribute('aria-label', out.label);
      this.hover(out, { kind: 'output', index: k });
      outCol.push(out);
    }
    this.nodes.push(outCol);

    // Links between consecutive columns, in the weight matrix's order (column-major W).
    this.allNodes = [...this.inputNodes, ...this.nodes.slice(1).flat()];
    this.links = [];
    const hits = [];
    for (let l = 0; l + 1 < this.nodes.length; l++) {
      const from = this.nodes[l], to = this.nodes[l + 1];
      const paths = [];
      for (let j = 0; j < from.length; j++)
        for (let i = 0; i < to.length; i++) {
          const a = from[j], b = to[i], mx = (a.x + b.x) / 2;
          const d = `M${a.x + node / 2},${a.y} C${mx},${a.y} ${mx},${b.y} ${b.x - node / 2},${b.y}`;
          const hit = document.createElementNS(SVG_NS, 'path');
          hit.setAttribute('d', d);
          hit.setAttribute('class', 'hit');
          const link = { layer: l, to: i, from: j, fromLabel: a.label, toLabel: b.label, weight: 0, gradient: 0,
            ax: a.x + node / 2, ay: a.y, mx, bx: b.x - node / 2, by: b.y, width: 1, colour: '#ccc', style: -1 };
          linkOf.set(hit, link);
          hits.push(hit);
          paths[i + j * to.length] = link;
        }
      this.links.push(paths);
    }
    this.svg.append(...hits);
  }

  /** Paints every link with its current width and colour (the hovered one outlined). */
  drawLinks() {
    const ctx = this.linkCtx;
    ctx.clearRect(0, 0, this.linkSize.width, this.linkSize.height);
    const path = (k) => {
      ctx.beginPath();
      ctx.moveTo(k.ax, k.ay);
      ctx.bezierCurveTo(k.mx, k.ay, k.mx, k.by, k.bx, k.by);
    };
    // One path per style: links that share a colour and width (both quantised in update())
    // are stroked together, a few dozen strokes instead of one per link (448 between two
    // hidden layers of 8 × 8 alone).
    ctx.globalAlpha = 0.85;
    const groups = new Map();
    for (const layer of this.links)
      for (const k of layer) {
        if (!k) continue;
        const group = groups.get(k.style);
        if (group) group.push(k); else groups.set(k.style, [k]);
      }
    for (const group of groups.values()) {
      ctx.beginPath();
      for (const k of group) {
        ctx.moveTo(k.ax, k.ay);
        ctx.bezierCurveTo(k.mx, k.ay, k.mx, k.by, k.bx, k.by);
      }
      ctx.lineWidth = group[0].width;
      ctx.strokeStyle = group[0].colour;
      ctx.stroke();
    }
    ctx.globalAlpha = 1;
    const h = this.hoveredLink;
    if (h) {
      path(h);
      ctx.lineWidth = h.width + 3;
      ctx.strokeStyle = '#202124';
      ctx.stroke();
      path(h);
      ctx.lineWidth = h.width;
      ctx.strokeStyle = h.colour;
      ctx.stroke();
    }
  }

  /** Paints every node's thumbnail from the atlas (on their own canvas, above the links). */
  drawThumbnails() {
    const ctx = this.thumbCtx, size = this.node, atlas = this.atlas;
    ctx.clearRect(0, 0, this.linkSize.width, this.linkSize.height);
    if (atlas.slots !== this.slotCount) return;  // update() has not painted them yet
    ctx.imageSmoothingEnabled = true;  // smoothly scaled up, like the big heatmap
    for (const node of this.allNodes) {
      ctx.globalAlpha = node.faded ? 0.3 : node.dropped ? 0.2 : 1;
      atlas.draw(ctx, node.slot, node.x - size / 2, node.y - size / 2, size);
    }
    ctx.globalAlpha = 1;
  }

  /**
   * Links follow the weights at most every LINK_MS while updates come faster (training at
   * 60 frames per second): stroking ~500 curves is most of a frame's drawing in a software
   * canvas, while their widths change slowly. A skipped redraw is made LINK_MS after the last
   * one, so the links always end at the final weights; an update after a pause draws at once.
   */
  scheduleLinks() {
    const wait = this.linksDrawnAt + LINK_MS - performance.now();
    if (wait <= 0) { this.drawLinksNow(); return; }
    this.linkTimer ??= setTimeout(() => this.drawLinksNow(), wait);
  }

  drawLinksNow() {
    clearTimeout(this.linkTimer);
    this.linkTimer = null;
    this.linksDrawnAt = performance.now();
    this.drawLinks();
  }

  /** Activation and dropout selects under hidden layer `layer`. */
  layerOptions(layer, x, top, labels, layers, width = 84) {
    const box = document.createElement('div');
    box.className = 'layer-options';
    box.style.left = `${x - width / 2}px`;
    box.style.width = `${width}px`;
    box.style.top = `${top}px`;
    box.append(...this.layerSelects(layer, labels, layers));
    return box;
  }

  /** Many layers in a narrow column: hidden layer `layer`'s name and its two menus on one row across the diagram. */
  layerRow(layer, top, labels, layers) {
    const box = document.createElement('div');
    box.className = 'layer-options layer-row';
    box.style.top = `${top}px`;
    const name = Object.assign(document.createElement('span'), { className: 'layer-row-name', textContent: labels.layerRow(layer + 1) });
    box.append(name, ...this.layerSelects(layer, labels, layers));
    return box;
  }

  layerSelects(layer, labels, { activations, dropout, activationNames, dropoutRates }) {
    const select = (values, current, label, tip, text, onChange) => {
      const el = document.createElement('select');
      for (const v of values.includes(current) ? values : [...values, current]) {
        const o = document.createElement('option');
        o.value = String(v);
        o.textContent = text(v);
        el.append(o);
      }
      el.value = String(current);
      el.setAttribute('aria-label', label);
      el.title = tip;
      el.addEventListener('change', () => onChange(el.value));
      return el;
    };
    const act = select(activationNames, activations[layer], labels.layerActivation(layer + 1), labels.activationTip,
      (v) => labels.option(v), (v) => this.callbacks.onLayerActivation(layer, v));
    act.dataset.control = 'activation';
    const drop = select(dropoutRates, dropout[layer], labels.layerDropout(layer + 1), labels.dropoutTip,
      (v) => labels.dropoutOption(v), (v) => this.callbacks.onLayerDropout(layer, Number(v)));
    drop.dataset.control = 'dropout';
    return [act, drop];
  }

  makeNode({ x, y }, cls, label) {
    const el = document.createElement('div');
    el.className = `node ${cls}`;
    el.style.left = `${x - this.node / 2}px`;
    el.style.top = `${y - this.node / 2}px`;
    // The thumbnail is a slot of the atlas, painted onto the diagram's one canvas (see
    // drawThumbnails): one canvas to repaint per frame instead of one per neuron.
    if (label) {
      const span = document.createElement('span');
      span.className = 'node-label';
      span.textContent = label;
      span.setAttribute('aria-hidden', 'true');
      el.append(span);
    }
    this.container.append(el);
    return { el, x, y, slot: this.slotCount++, faded: cls.includes('inactive') };
  }

  hover(node, what) {
    node.el.addEventListener('mouseenter', () => this.callbacks.onHover(what));
    node.el.addEventListener('mouseleave', () => this.callbacks.onHover(null));
  }

  /**
   * Per frame, after session.grid(n): node heatmaps from the core's grid views, links from
   * the weights (or their gradients). `grid` is that call's output view (only read for
   * thumbnails). While training plays, the page draws the two in turns (render/turns.js):
   * `thumbnails` or `links` false skips that part, and `links: 'now'` draws the links at
   * once, the turns being their throttle.
   */
  update(session, n, { grid, outputMap, discretize, gradients, dropout = false, thumbnails = true, links = true }) {
    if (thumbnails) this.updateThumbnails(session, n, { grid, outputMap, discretize });
    if (links) this.updateLinks(session, { gradients, dropout, now: links === 'now' });
  }

  updateThumbnails(session, n, { grid, outputMap, discretize }) {
    // `grid` dies at the next call that may allocate (featureGrid does): draw it first.
    const atlas = this.atlas, outs = this.nodes[this.nodes.length - 1], k = session.outputs;
    atlas.reserve(this.slotCount, n);
    if (k > 1) outs.forEach((node, c) => atlas.paintProbability(node.slot, grid, { offset: c, stride: k, classes: k }));
    else atlas.paint(outs[0].slot, grid, { map: outputMap, discretize });
    // The features' pictures depend only on the grid: painted once per grid size and palette.
    const featureKey = `feature ${n}`;
    if (!this.inputNodes.every((node) => atlas.shows(node.slot, featureKey))) {
      const features = session.featureGrid(), stride = this.allFeatures.length;
      this.inputNodes.forEach((node, f) => atlas.paint(node.slot, features, { offset: f, stride, scale: 1 / this.domain, key: featureKey }));
    }
    for (let l = 0; l < this.hidden.length; l++) {
      const values = session.hiddenGrid(l), col = this.nodes[l + 1];
      col.forEach((node, i) => atlas.paint(node.slot, values, { offset: i, stride: col.length }));
    }
    atlas.flush();
    this.drawThumbnails();
  }

  updateLinks(session, { gradients, dropout, now }) {
    const table = divergingTable(), colours = linkColours(table);
    // Width in quarter pixels and colour in 64 steps of the palette: a link's style, so that
    // drawLinks() can stroke links of one style as one path.
    const style = (link, level, width) => {
      const c = tableIndex(level) & ~3, q = Math.round(width * 4);
      link.width = q / 4;
      link.colour = colours[c];
      link.style = c * 64 + q;
    };
    for (let l = 0; l < this.links.length; l++) {
      const w = session.weights(l), links = this.links[l];
      for (let k = 0; k < links.length; k++) links[k].weight = w[k];
      if (gradients) {
        const g = session.weightGrads(l);
        for (let k = 0; k < links.length; k++) links[k].gradient = g[k];
        // Colour and width: sign and size of ∂L/∂w on one absolute scale for every layer (the
        // update moves the weight the opposite way).
        for (const link of links) {
          const r = gradientLevel(link.gradient);
          style(link, r, 0.5 + Math.abs(r) * 5);
        }
      } else {
        for (const link of links) style(link, link.weight / 2, Math.min(8, 0.4 + Math.abs(link.weight) * 2));
      }
    }
    // Neurons dropped for the first point of the last mini-batch are greyed (training only).
    for (let l = 0; l < this.hidden.length; l++) {
      const col = this.nodes[l + 1], mask = dropout ? session.dropoutMask(l) : null;
      col.forEach((node, k) => {
        const dropped = !!mask && mask.length > 0 && mask[k] === 0;
        if (dropped !== !!node.dropped) node.el.classList.toggle('dropped', dropped);
        node.dropped = dropped;
      });
    }
    for (let l = 0; l < this.hidden.length; l++) {
      const col = this.nodes[l + 1];
      if (!gradients) { for (const node of col) if (node.el.style.boxShadow) node.el.style.boxShadow = ''; continue; }
      const s = session.neuronSignals(l);
      for (let k = 0; k < col.length; k++) {
        const r = gradientLevel(s[k]);
        col[k].el.style.boxShadow = `0 0 0 ${(1 + 4 * Math.abs(r)).toFixed(1)}px ${cssColor(table, r)}`;
      }
    }
    const legend = gradientLegend(this.container);
    legend.hidden = !gradients;
    if (now) this.drawLinksNow(); else this.scheduleLinks();
  }
}
