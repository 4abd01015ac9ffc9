// Figure 1: an activation function f and its derivative f′ on shared axes, with the formula
// written out and a point the student drags along x to read f(x) and f′(x). Regions where the
// gradient vanishes (f′ below a tenth of its largest value on the plot, for functions that
// saturate) or where a ReLU is dead (f′ = 0) are shaded. Every value is the core's
// (ActivationCurves.compute: activate and activate_backward on a grid), never a JS formula.
import { t } from '../shared/i18n.js';
import { num, v, frac } from './format.js';
import { svgElement as el } from '../shared/svg.js';

const X_MIN = -6, X_MAX = 6, N = 481, Y_MIN = -2, Y_MAX = 3;
const W = 640, H = 340, PAD = { l: 36, r: 12, t: 12, b: 26 };

const sx = (x) => PAD.l + ((x - X_MIN) / (X_MAX - X_MIN)) * (W - PAD.l - PAD.r);
const sy = (y) => PAD.t + ((Y_MAX - Math.max(Y_MIN - 1, Math.min(Y_MAX + 1, y))) / (Y_MAX - Y_MIN)) * (H - PAD.t - PAD.b);
const xOf = (px) => X_MIN + ((px - PAD.l) / (W - PAD.l - PAD.r)) * (X_MAX - X_MIN);

// The formula of each catalog activation (f, then f′), as the chapter writes them.
function formulas(name) {
  const x = v('x'), gt = t('forXPos').replace('x', x), lt = t('forXNeg').replace('x', x), other = t('otherwise');
  const cases = (a, b) => `<span class="cases"><span>${a}</span><span>${b}</span></span>`;
  switch (name) {
    case 'relu': return [`ReLU(${x}) = max(0, ${x})`, `${v('f')}′(${x}) = ${cases(`1, ${gt}`, `0, ${lt}`)}`];
    case 'leaky_relu': return [`${v('f')}(${x}) = ${cases(`${x}, ${gt}`, `0.01${x}, ${other}`)}`, `${v('f')}′(${x}) = ${cases(`1, ${gt}`, `0.01, ${other}`)}`];
    case 'tanh': return [`tanh(${x}) = ${frac(`${v('e')}<sup>${x}</sup> − ${v('e')}<sup>−${x}</sup>`, `${v('e')}<sup>${x}</sup> + ${v('e')}<sup>−${x}</sup>`)}`, `${v('f')}′(${x}) = 1 − tanh<sup>2</sup>(${x})`];
    case 'sigmoid': return [`σ(${x}) = ${frac('1', `1 + ${v('e')}<sup>−${x}</sup>`)}`, `σ′(${x}) = σ(${x})(1 − σ(${x}))`];
    case 'linear': return [`${v('f')}(${x}) = ${x}`, `${v('f')}′(${x}) = 1`];
    case 'elu': return [`ELU(${x}) = ${cases(`${x}, ${gt}`, `α(${v('e')}<sup>${x}</sup> − 1), ${other}`)} &nbsp; (α = 1)`, `${v('f')}′(${x}) = ${cases(`1, ${gt}`, `α${v('e')}<sup>${x}</sup>, ${other}`)}`];
    default: return [name, ''];
  }
}

export function activationFigure(root, { core, names, onChange }) {
  const curves = new core.ActivationCurves();
  let data = null;  // copies of the core's arrays (views die at the next call)
  let current = names[0];
  let x = 2;

  const tabs = root.querySelector('.act-tabs');
  const formulaF = root.querySelector('#actFormulaF');
  const formulaD = root.querySelector('#actFormulaD');
  const readout = root.querySelector('#actReadout');
  const note = root.querySelector('#actNote');
  const svg = root.querySelector('#actPlot');
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);

  function load() {
    const c = curves.compute(X_MIN, X_MAX, N);
    data = { x: Float32Array.from(c.x), values: Float32Array.from(c.values), slopes: Float32Array.from(c.slopes) };
  }
  const row = (arr) => arr.subarray(names.indexOf(current) * N, (names.indexOf(current) + 1) * N);
  // the grid point nearest x: the readout shows the core's value at a grid point
  const index = (xv) => Math.max(0, Math.min(N - 1, Math.round(((xv - X_MIN) / (X_MAX - X_MIN)) * (N - 1))));

  function drawAxes() {
    svg.replaceChildren();
    const g = el('g', { class: 'axes' }, svg);
    for (let gx = X_MIN; gx <= X_MAX; gx += 2) {
      el('line', { x1: sx(gx), x2: sx(gx), y1: PAD.t, y2: H - PAD.b, class: gx === 0 ? 'axis' : 'grid' }, g);
      el('text', { x: sx(gx), y: H - 8, class: 'tick', 'text-anchor': 'middle' }, g).textContent = num(gx);
    }
    for (let gy = Y_MIN; gy <= Y_MAX; gy += 1) {
      el('line', { x1: PAD.l, x2: W - PAD.r, y1: sy(gy), y2: sy(gy), class: gy === 0 ? 'axis' : 'grid' }, g);
      el('text', { x: PAD.l - 6, y: sy(gy) + 4, class: 'tick', 'text-anchor': 'end' }, g).textContent = num(gy);
    }
  }

  // Shaded spans where f′ vanishes: a dead ReLU (f′ = 0 on the whole span) or saturation (f′
  // below ⅒ of its peak and still falling). Leaky ReLU's constant 0.01 is small but never
  // vanishes — that is its point — so a constant non-zero slope is not shaded.
  function spans(slopes) {
    const peak = Math.max(...slopes);
    const out = [];
    let start = -1;
    for (let i = 0; i <= N; ++i) {
      const low = i < N && slopes[i] < 0.1 * peak;
      if (low && start < 0) start = i;
      if (!low && start >= 0) {
        const part = slopes.subarray(start, i);
        const dead = part.every((s) => s === 0);
        const constant = Math.max(...part) - Math.min(...part) < 1e-6;
        if (dead || !constant) out.push([start, i - 1, dead]);
        start = -1;
      }
    }
    return out;
  }

  function draw() {
    drawAxes();
    const f = row(data.values), d = row(data.slopes);
    for (const [a, b, dead] of spans(d)) {
      const r = el('rect', { x: sx(data.x[a]), y: PAD.t, width: sx(data.x[b]) - sx(data.x[a]), height: H - PAD.t - PAD.b, class: dead ? 'dead' : 'vanish' }, svg);
      r.dataset.kind = dead ? 'dead' : 'vanish';
      const label = el('text', { x: (sx(data.x[a]) + sx(data.x[b])) / 2, y: PAD.t + 16, class: 'span-label', 'text-anchor': 'middle' }, svg);
      label.textContent = dead ? t('deadZone') : t('vanishZone');
    }
    const pts = (arr) => Array.from(arr, (y, i) => `${sx(data.x[i]).toFixed(2)},${sy(y).toFixed(2)}`).join(' ');
    const clip = el('clipPath', { id: 'actClip' }, el('defs', {}, svg));
    el('rect', { x: PAD.l, y: PAD.t, width: W - PAD.l - PAD.r, height: H - PAD.t - PAD.b }, clip);
    el('polyline', { points: pts(f), class: 'curve-f', 'data-curve': 'f', 'clip-path': 'url(#actClip)' }, svg);
    el('polyline', { points: pts(d), class: 'curve-d', 'data-curve': 'slope', 'clip-path': 'url(#actClip)' }, svg);
    const i = index(x);
    const px = sx(data.x[i]);
    el('line', { x1: px, x2: px, y1: PAD.t, y2: H - PAD.b, class: 'cursor-line' }, svg);
    el('circle', { cx: px, cy: sy(f[i]), r: 6, class: 'dot-f' }, svg);
    el('circle', { cx: px, cy: sy(d[i]), r: 5, class: 'dot-d' }, svg);
    svg.dataset.x0 = X_MIN; svg.dataset.x1 = X_MAX; svg.dataset.y0 = Y_MIN; svg.dataset.y1 = Y_MAX;
    svg.dataset.width = W; svg.dataset.height = H; svg.dataset.pad = [PAD.l, PAD.r, PAD.t, PAD.b].join(',');

    const [fh, dh] = formulas(current);
    formulaF.innerHTML = fh;
    formulaD.innerHTML = dh;
    readout.innerHTML = `${v('x')} = ${num(data.x[i], 3)} &nbsp; ${v('f')}(${v('x')}) = <b class="val-f">${num(f[i])}</b> &nbsp; ${v('f')}′(${v('x')}) = <b class="val-d">${num(d[i])}</b>`;
    readout.dataset.x = data.x[i];
    readout.dataset.f = f[i];
    readout.dataset.slope = d[i];
    const shaded = spans(d).some(([a, b]) => i >= a && i <= b);
    if (d[i] === 0) note.textContent = t('noteDead', { x: num(data.x[i], 3) });
    else if (shaded) note.textContent = t('noteVanish', { x: num(data.x[i], 3), d: num(d[i]) });
    else note.textContent = t('noteFlows', { d: num(d[i]) });
    for (const b of tabs.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b.dataset.name === current));
  }

  function buildTabs() {
    tabs.replaceChildren();
    for (const name of names) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'chip';
      b.dataset.name = name;
      b.textContent = t(`act_${name}`);
      b.addEventListener('click', () => { current = name; draw(); onChange(); });
      tabs.append(b);
    }
  }

  function pointerX(e) {
    const r = svg.getBoundingClientRect();
    return xOf(((e.clientX - r.left) / r.width) * W);
  }
  let dragging = false;
  svg.addEventListener('pointerdown', (e) => { dragging = true; svg.setPointerCapture(e.pointerId); x = Math.max(X_MIN, Math.min(X_MAX, pointerX(e))); draw(); onChange(); });
  svg.addEventListener('pointermove', (e) => { if (dragging) { x = Math.max(X_MIN, Math.min(X_MAX, pointerX(e))); draw(); } });
  svg.addEventListener('pointerup', () => { if (dragging) { dragging = false; onChange(); } });
  svg.tabIndex = 0;
  svg.addEventListener('keydown', (e) => {
    const stepX = (X_MAX - X_MIN) / (N - 1) * (e.shiftKey ? 20 : 4);
    if (e.key === 'ArrowLeft') x = Math.max(X_MIN, x - stepX);
    else if (e.key === 'ArrowRight') x = Math.min(X_MAX, x + stepX);
    else return;
    e.preventDefault();
    draw();
    onChange();
  });

  load();
  buildTabs();
  draw();
  return {
    get state() { return { act: current, x: Number(data.x[index(x)].toFixed(3)) }; },
    set(state) {
      if (state.act !== undefined) {
        if (!names.includes(state.act)) throw new Error(`act: unknown activation '${state.act}' (expected ${names.join(', ')})`);
        current = state.act;
      }
      if (state.x !== undefined) {
        if (!(Number.isFinite(state.x) && state.x >= X_MIN && state.x <= X_MAX)) throw new Error(`x: must be a number from ${X_MIN} to ${X_MAX}`);
        x = state.x;
      }
      draw();
    },
    relabel() { buildTabs(); draw(); },
  };
}
