// The optimizer lab's wiring: state ⇄ controls ⇄ the core's Lab ⇄ renderers. The core does
// all the math (surfaces, gradients, optimizer steps, losses, contour levels, rates); this
// file only decides what to ask for and when to draw it.
import { startPage } from '../shared/shell.js';
import { Player } from '../shared/player.js';
import { bindKeys } from '../shared/keyboard.js';
import { showMessage } from '../shared/messages.js';
import { hideKeysInPage, unknownHideKeys } from '../shared/hide.js';
import { replaceHash } from '../shared/hash-state.js';
import { language, t } from '../shared/i18n.js';
import { labStrings } from './strings.js';
import { LabSession } from './lab-session.js';
import { RACERS, SURFACES, useCatalog, paramRange, surfaceRates } from './racers.js';
import { PRESETS, presetById } from './presets.js';
import { defaultState, toHash } from './url-state.js';
import { linkMessage } from '../shared/link-apply.js';
import { openLink } from './link-open.js';
import { Viewport } from './viewport.js';
import { ContourView } from './contour-view.js';
import { TrajectoryView } from './trajectory-view.js';
import { LineChart } from './line-chart.js';
import { RateHeatmap, drawRateLegend } from './rate-heatmap.js';
import { RacerPanel } from './racer-panel.js';
import { ControlPanel } from '../shared/controls.js';
import { CONTROLS } from './control-table.js';

const CONTOUR_GRID = 160, LEVELS_PER_SIDE = 18;
const RATE_GRID = { alpha: 150, beta: 110 };
const $ = (id) => document.getElementById(id);

const app = {
  core: null,
  session: null,
  state: null,
  player: null,      // the shared run loop (../shared/player.js)
  target: null,      // iteration where a running story stops, or null
  viewport: null,
  rateAlphaMax: 1,
  // For tests: the core's path of a racer, copied out of the heap.
  path: (id) => Array.from(app.session.path(id)),
  losses: (id) => Array.from(app.session.losses(id)),
  eigenErrors: (id) => Array.from(app.session.eigenErrors(id)),
  stepLengths: (id) => Array.from(app.session.stepLengths(id)),
  presets: PRESETS,
  catalogSurface: (name) => SURFACES.find((s) => s.name === name),
};
window.lab = app;

function writeHash() {
  app.state.t = app.session.iteration;
  replaceHash(toHash(app.state));
  app.writtenHash = location.hash;
}

/** Applies a link (link-open.js); returns the story it asks to start, or null. */
function applyLinkState(hash) {
  const link = openLink(app.core, hash);
  app.session?.dispose();
  app.session = link.session;
  app.state = link.state;
  showAll();
  const problems = [...link.problems, ...unknownHideKeys(app.state.hide, hideKeysInPage())];
  if (problems.length) showMessage(linkMessage(problems, link.applied));
  else { showMessage(''); writeHash(); }
  return !problems.length && link.story !== undefined ? link.story : null;
}

const isQuadratic = () => app.state.surface === 'quadratic';

// ------------------------------------------------------------------ drawing

/** Everything that depends on the surface only: contour map, heat map, theory numbers. */
function drawSurface() {
  const s = app.session.surface();
  app.viewport = new Viewport(s, $('contour').width, $('contour').height);
  app.contour.update(app.session.contour(CONTOUR_GRID, LEVELS_PER_SIDE), app.viewport);
  const quad = isQuadratic();
  $('notQuadratic').hidden = quad;
  $('distillBody').hidden = !quad;
  if (quad) {
    const q = app.session.quadratic();
    app.rateAlphaMax = Number(((4 / Math.max(q.lambda1, q.lambda2)) * 1.05).toPrecision(2));
    app.heatmap.setMap(app.session.rateMap(RATE_GRID.alpha, RATE_GRID.beta, app.rateAlphaMax), RATE_GRID.alpha, RATE_GRID.beta, app.rateAlphaMax);
    $('alphaMax').textContent = String(app.rateAlphaMax);
    // κ = ∞ (a flat direction, λ₂ = 0): no step shrinks the error along it, so the theory's
    // numbers are infinite or undefined; say so instead of printing NaN.
    const f = (v) => (Number.isFinite(v) ? String(Number(v.toPrecision(3))) : v === Infinity ? '∞' : '–');
    const rate = (v) => (Number.isFinite(v) ? `${t('rate')} ${f(v)}` : t('rateFlat'));
    $('lambdas').textContent = `${f(q.lambda1)}, ${f(q.lambda2)}`;
    $('distillKappa').textContent = f(q.kappa);
    $('gdOptimal').textContent = `α = ${f(q.gdStep)} → ${rate(q.gdRate)}`;
    $('momentumOptimal').textContent = `α = ${f(q.momentumAlpha)}, β = ${f(q.momentumBeta)} → ${rate(q.momentumRate)}`;
    app.theory = q;
  } else {
    app.theory = null;
  }
  app.panel.showStability(app.theory);
  showControls();
}

/** The general controls at the state's values; κ is the core's (null off the quadratic). */
function showControls() {
  app.controls.show({ spec: {}, view: app.state });
  $('quadControls').hidden = !isQuadratic();
  $('kappa').textContent = app.theory ? String(Number(app.theory.kappa.toPrecision(3))) : '–';
}

/** A control of the table changed: the handler of the state key it sets applies it. */
function onControl(row, value) {
  const { a, b, angle } = app.state;
  if (['a', 'b', 'angle'].includes(row.view)) handlers.quadratic({ a, b, angle, [row.view]: value });
  else if (row.id === 'stochastic') handlers.noise(value ? app.controls.sliderValue('noiseScale') : 0);
  else if (row.view === 'arrows') handlers.arrow(row.arrow, value);
  else handlers[row.view](value);
  showControls();
}

function render() {
  const shown = RACERS.filter((r) => app.state.racers[r.id].on);
  const heads = {};
  for (const r of RACERS) heads[r.id] = app.session.head(r.id);
  // Views are taken now, after the last call that could grow the heap, and used at once.
  app.paths.update({
    racers: shown.map((r) => ({ color: r.color, path: app.session.path(r.id), head: heads[r.id] })),
    start: app.session.start(),
    arrows: app.state.arrows,
    viewport: app.viewport,
  });
  const bounded = app.session.surface().bounded;
  app.panel.showHeads(heads, bounded);
  const it = app.session.iteration;
  $('iteration').textContent = String(it);
  const stepMode = app.state.chart === 'step';
  const titleKey = stepMode ? 'stepVsIteration' : bounded ? 'lossVsIteration' : 'lossVsIterationSaddle';
  $('chartTitle').dataset.i18n = titleKey;
  $('chartTitle').textContent = t(titleKey);
  app.lossChart.update(
    shown.map((r) => ({ values: stepMode ? app.session.stepLengths(r.id) : app.session.losses(r.id), color: r.color, outlier: heads[r.id].diverged })),
    { scale: stepMode || bounded ? 'log' : 'symlog', iterations: Math.max(10, it) },
  );

  if (isQuadratic()) {
    const focus = RACERS.find((r) => r.id === app.state.focus);
    const e = app.session.eigenErrors(focus.id);
    app.eigenChart.update([
      { values: e, stride: 2, offset: 0, abs: true, color: focus.color },
      { values: e, stride: 2, offset: 1, abs: true, color: focus.color, dash: true },
    ], { scale: 'log', iterations: Math.max(10, it) });
    const m = app.state.racers.momentum, q = app.theory;
    app.heatmap.draw([
      { alpha: app.state.racers.sgd.learningRate, beta: 0, color: RACERS[0].color, shape: 'dot' },
      { alpha: q.momentumAlpha, beta: q.momentumBeta, color: '#f5b700', shape: 'star' },
      { alpha: m.learningRate, beta: m.momentum, color: RACERS[1].color, shape: 'ring' },
    ]);
  }
  document.body.dataset.iteration = String(it);
}

// ------------------------------------------------------------------ running

/** One frame: the race moves `speed` steps, up to a running story's end. */
function tick() {
  const it = app.session.iteration;
  const limit = app.target ?? app.session.maxIterations;
  const n = Math.min(app.state.speed, limit - it);
  if (n > 0) app.session.step(n);
  render();
  if (app.session.iteration >= limit) pause();
}

/** Stops the race; a story's end is forgotten and the link records where it stopped. */
function pause() {
  app.player.pause();
  app.target = null;
  writeHash();
}

/** Runs a state change against the core; on an error keeps the old state and says why. */
function attempt(change) {
  const before = structuredClone(app.state);
  try {
    change();
    showMessage('');
    return true;
  } catch (e) {
    app.state = before;
    showMessage(t('badSetting', { msg: e.message }));
    try { app.session.apply({ ...before, t: app.session.iteration }); } catch { /* the old state was valid */ }
    return false;
  }
}

// ------------------------------------------------------------------ handlers

/** Changes racers' settings in the core (kept as they were, with its message, if it refuses). */
function changeRacers(change) {
  attempt(change);
  app.panel.show(app.state);
  render();
  if (!app.player.playing) writeHash();
}

function setRacerParam(id, key, value) {
  changeRacers(() => {
    app.state.racers[id][key] = value;
    app.session.setRacer(id, app.state.racers[id]);
  });
}

function setOptimal() {
  if (!isQuadratic()) return;
  const q = app.session.quadratic();
  const sgd = app.state.racers.sgd, m = app.state.racers.momentum;
  changeRacers(() => {
    sgd.learningRate = q.gdStep;
    Object.assign(m, { learningRate: q.momentumAlpha, momentum: q.momentumBeta, nesterov: false });
    app.session.setRacer('sgd', sgd);
    app.session.setRacer('momentum', m);
  });
}

function runPreset(id) {
  const p = presetById(id);
  pause();
  const keep = { hide: app.state.hide, speed: app.state.speed };
  const base = defaultState(p.state.surface);  // the story's surface's own rates, then the story's
  const next = structuredClone(base);
  Object.assign(next, structuredClone(p.state), keep, { preset: id, t: 0 });
  next.racers = structuredClone(base.racers);
  for (const [rid, s] of Object.entries(p.state.racers)) next.racers[rid] = { ...base.racers[rid], ...s };
  next.arrows = { ...base.arrows, ...(p.state.arrows || {}) };
  attempt(() => {
    app.state = next;
    app.session.apply(next);
  });
  drawSurface();
  if (p.optimal) setOptimal();
  app.panel.show(app.state);
  showStory();
  render();
  app.target = p.steps;
  app.player.set(true);
}

function showStory() {
  if (!app.state) return;
  const p = presetById(app.state.preset);
  $('story').hidden = !p;
  if (p) { $('story').dataset.i18n = p.story; $('story').textContent = t(p.story); }
  for (const b of document.querySelectorAll('[data-preset]')) b.classList.toggle('selected', b.dataset.preset === app.state.preset);
}

const handlers = {
  surface: (name) => {
    pause();
    attempt(() => {
      Object.assign(app.state, { surface: name, start: null, preset: '' });
      // Each surface has its own sensible learning rate per racer (the core's catalog).
      for (const [id, rate] of Object.entries(surfaceRates(name))) Object.assign(app.state.racers[id], rate);
      app.session.setSurface(app.state);
      for (const r of RACERS) app.session.setRacer(r.id, app.state.racers[r.id], false);
      app.session.reset();
    });
    showStory();
    app.panel.show(app.state);
    drawSurface();
    render();
    writeHash();
  },
  quadratic: ({ a, b, angle }) => {
    attempt(() => {
      Object.assign(app.state, { a, b, angle });
      const it = app.session.iteration;
      app.session.setSurface(app.state);
      app.session.step(it);
    });
    drawSurface();
    render();
    if (!app.player.playing) writeHash();
  },
  noise: (sigma) => {
    attempt(() => { app.state.noise = sigma; app.session.setNoise(sigma); });
    render();
    if (!app.player.playing) writeHash();
  },
  newNoise: () => {
    attempt(() => { app.state.seed += 1; app.session.setSeed(app.state.seed); });
    render();
    if (!app.player.playing) writeHash();
  },
  speed: (s) => { app.state.speed = s; writeHash(); },
  arrow: (name, on) => { app.state.arrows[name] = on; render(); writeHash(); },
  chart: (mode) => { app.state.chart = mode; render(); writeHash(); },
  focus: (id) => { app.state.focus = id; render(); writeHash(); },
  optimal: setOptimal,
  // A typed value that is not a number: say so; the field goes back to the value in use.
  badText: (message) => showMessage(t('badSetting', { msg: message })),
  step: () => { pause(); app.session.step(1); render(); writeHash(); },
  reset: () => { pause(); app.session.reset(); render(); writeHash(); },
};

/** The language changed: menus, racer rows, the story and the canvases' labels follow. */
function relabel() {
  if (app.state.lang) { app.state.lang = language(); writeHash(); }  // the link's lang= follows the switch
  app.player.relabel();
  app.controls.relabel();
  buildPresets();
  app.panel.build();
  showAll();
}

/** Everything the state shows: racers' rows, the story, the surface and the race. */
function showAll() {
  app.panel.show(app.state);
  showStory();
  drawSurface();
  render();
}

// ------------------------------------------------------------------ start point

function bindMap() {
  const canvas = $('paths');
  const toWorld = (e) => {
    const r = canvas.getBoundingClientRect();
    const px = ((e.clientX - r.left) / r.width) * canvas.width, py = ((e.clientY - r.top) / r.height) * canvas.height;
    return [Number(app.viewport.x(px).toFixed(3)), Number(app.viewport.y(py).toFixed(3))];
  };
  const move = (e) => {
    const [x, y] = toWorld(e);
    attempt(() => { app.state.start = [x, y]; app.session.setStart(x, y); });
    render();
  };
  canvas.addEventListener('pointerdown', (e) => { canvas.setPointerCapture(e.pointerId); move(e); });
  canvas.addEventListener('pointermove', (e) => { if (e.buttons & 1) move(e); });
  canvas.addEventListener('pointerup', () => { if (!app.player.playing) writeHash(); });
}

function buildPresets() {
  const box = $('presets');
  box.replaceChildren(...PRESETS.map((p) => {
    const b = document.createElement('button');
    b.className = 'preset';
    b.dataset.preset = p.id;
    b.textContent = t(p.title);
    b.addEventListener('click', () => runPreset(p.id));
    return b;
  }));
  showStory();
}


async function start(shell) {
  app.core = shell.core;
  useCatalog(shell.catalog);
  app.player = new Player({ button: $('play'), tick, onChange: (on) => { if (!on) { app.target = null; writeHash(); } } });
  app.session = new LabSession(app.core);
  app.contour = new ContourView($('contour'));
  app.paths = new TrajectoryView($('paths'));
  app.lossChart = new LineChart($('lossChart'));
  app.eigenChart = new LineChart($('eigenChart'));
  app.heatmap = new RateHeatmap($('heatmap'), {
    onPick: ({ alpha, beta }) => {
      // Kept inside the racer sliders' spans (the core's lab.* ranges).
      const clamp = (v, r) => Math.min(r.sliderMax, Math.max(r.sliderMin, v));
      alpha = clamp(alpha, paramRange('learningRate'));
      beta = clamp(beta, paramRange('momentum'));
      changeRacers(() => {
        Object.assign(app.state.racers.momentum, { learningRate: Number(alpha.toPrecision(3)), momentum: Number(beta.toFixed(3)), nesterov: false });
        app.session.setRacer('momentum', app.state.racers.momentum);
      });
    },
  });
  app.panel = new RacerPanel($('racers'), {
    onToggle: (id, on) => { app.state.racers[id].on = on; app.panel.show(app.state); render(); writeHash(); },
    onParam: setRacerParam,
    onBadText: handlers.badText,
  });
  app.controls = new ControlPanel(CONTROLS, shell.catalog, {
    top: $('topControls'), surface: $('surfaceControls'), quadratic: $('quadSliders'), noise: $('noiseControls'),
    arrows: $('arrowControls'), chart: $('chartControls'), focus: $('focusControls'),
  }, onControl, { onBad: (message) => handlers.badText(message) });
  buildPresets();
  app.panel.build();
  drawRateLegend($('heatmapLegend'), document.querySelector('.diverges-key'));

  const story = applyLinkState(location.hash);
  // A link edited in the address bar, or Back/Forward, is applied like a link opened anew.
  window.addEventListener('hashchange', () => {
    if (location.hash === app.writtenHash) return;
    pause();
    const next = applyLinkState(location.hash);
    if (next) runPreset(next);
  });
  for (const id of ['newNoise', 'optimal', 'step', 'reset']) $(id).addEventListener('click', handlers[id]);
  bindMap();
  bindKeys({ ' ': () => app.player.toggle(), ArrowRight: handlers.step, r: handlers.reset });
  if (story) runPreset(story);
}

startPage({ page: 'lab', strings: labStrings, title: 'labTitle', start, onLanguage: relabel });
