// Comparing runs on the playground: pinned runs (pins.js) drawn over the current one on the
// loss chart (render/loss-chart.js) and listed in a table (render/pin-table.js), the chart's
// loss/accuracy and linear/log switches, the stories (stories.js) that train their compare
// runs, pin them and play their own, and run records saved and opened through the core.
// main.js creates one Compare and calls drawChart() from its render, refresh() after a
// rebuild and relabel() when the language changes.
import { language, t } from '../shared/i18n.js';
import { showMessage } from '../shared/messages.js';
import { download, readText } from '../shared/files.js';
import { Pins, specDiff } from './pins.js';
import { STORIES, storyById } from './stories.js';
import { Session } from './session.js';
import { Heatmap } from './render/heatmap.js';
import { PointsView } from './render/points.js';
import { PinTable } from './render/pin-table.js';
import { drawChartLegend } from './render/chart-legend.js';
import './compare.css';

const $ = (id) => document.getElementById(id);
const THUMB_GRID = 40, THUMB_SIZE = 64;

/** A small picture of a session's boundary with its training points, as a data URL. */
export function thumbnail(session, domain) {
  const board = document.createElement('canvas');
  const heat = new Heatmap(board);
  const grid = session.grid(THUMB_GRID);
  if (session.outputs > 1) heat.updateClasses(grid, THUMB_GRID, { classes: session.outputs });
  else heat.update(grid, THUMB_GRID, { map: session.regression ? (v) => v : (p) => 2 * p - 1 });
  const dots = Object.assign(document.createElement('canvas'), { width: THUMB_SIZE * 2, height: THUMB_SIZE * 2 });
  new PointsView(dots, domain).update({
    train: { points: session.trainPoints(), targets: session.trainTargets() }, test: { points: [], targets: [] },
    showTest: false, regression: session.regression, classes: session.numClasses,
  });
  const out = Object.assign(document.createElement('canvas'), { width: THUMB_SIZE, height: THUMB_SIZE });
  const ctx = out.getContext('2d');
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(board, 0, 0, THUMB_SIZE, THUMB_SIZE);
  ctx.drawImage(dots, 0, 0, THUMB_SIZE, THUMB_SIZE);
  return out.toDataURL('image/png');
}

export class Compare {
  /**
   * app: the page (core, catalog, session, state, player, lossChart); hooks: {install(session),
   * rebuild() → Error|null (both end by calling refresh() and drawing), render()}.
   */
  constructor(app, hooks) {
    this.app = app;
    this.hooks = hooks;
    this.pins = new Pins();
    this.view = 'loss';
    this.scale = 'linear';
    this.story = null;        // the story shown, or null
    this.target = null;       // the epoch where a playing story stops, or null
    this.table = new PinTable($('pinTable'), { onRemove: (id) => { this.pins.remove(id); this.refresh(); this.hooks.render(); } });
    const click = (id, fn) => $(id).addEventListener('click', fn);
    click('pinRun', () => this.pinCurrent());
    click('chartLoss', () => this.setView('loss'));
    click('chartAccuracy', () => this.setView('accuracy'));
    click('scaleLinear', () => this.setScale('linear'));
    click('scaleLog', () => this.setScale('log'));
    click('saveRun', () => this.saveRun());
    click('openRun', () => $('openRunFile').click());
    $('openRunFile').addEventListener('change', (e) => { if (e.target.files[0]) this.openRun(e.target.files[0]); e.target.value = ''; });
    this.buildStories();
    this.relabel();
  }

  // ---- the chart

  setView(view) { this.view = view; this.showSwitches(); this.hooks.render(); }

  setScale(scale) { this.scale = scale; this.showSwitches(); this.hooks.render(); }

  showSwitches() {
    for (const [id, on] of [['chartLoss', this.view === 'loss'], ['chartAccuracy', this.view === 'accuracy'],
      ['scaleLinear', this.scale === 'linear'], ['scaleLog', this.scale === 'log']]) $(id).setAttribute('aria-pressed', String(on));
    // Accuracy has no log axis; regression has no accuracy.
    const regression = this.app.session?.regression;
    $('chartAccuracy').disabled = Boolean(regression);
    if (regression && this.view === 'accuracy') this.view = 'loss';
    for (const id of ['scaleLinear', 'scaleLog']) $(id).disabled = this.view === 'accuracy';
  }

  /** Draws the current run and the pins; markers: [{epoch, label, colour}] (early stopping's best epoch). */
  drawChart(markers = []) {
    const s = this.app.session;
    const series = [{ points: s.history, role: 'current' }, ...this.pins.series()];
    this.app.lossChart.update(series, { view: this.view, scale: this.scale, markers });
  }

  // ---- pins

  /** Pins the running session as it is now. */
  pinCurrent() {
    const s = this.app.session;
    if (this.pins.full) { showMessage(t('pinsFull'), 'info'); return null; }
    const pin = this.pins.add({ spec: s.spec, history: s.history, metrics: s.metrics, thumbnail: thumbnail(s, this.app.catalog.domain) });
    this.refresh();
    this.hooks.render();
    return pin;
  }

  /** The table and legend follow the pins and the current settings (the diffs are against them). */
  refresh() {
    const current = this.app.state.spec;
    this.table.update(this.pins.list.map((p) => ({ ...p, label: this.pinLabel(p), diff: specDiff(p.spec, current) })), {
      same: t('pinSame'), remove: (name) => t('pinRemove', { name }),
      head: ['', t('pinBoundary'), t('pinSettings'), t('pinEpochs'), t('pinLoss'), t('pinAccuracy'), t('pinZero'), ''],
    });
    $('pins').hidden = this.pins.list.length === 0 || this.app.hide.has('pins');
    $('pinRun').disabled = this.pins.full;
    drawChartLegend($('chartLegend'), { train: t('legendTrain'), test: t('legendTest'), pinned: t('legendPinned') },
      this.pins.list.map((p) => ({ colour: p.colour, label: this.pinLabel(p) })));
    this.showSwitches();
  }

  pinLabel(p) {
    if (p.name && typeof p.name === 'object') return p.name[language()] ?? p.name.en;
    return p.name ?? t('pinName', { n: p.id });
  }

  // ---- stories

  buildStories() {
    const box = $('storyList');
    box.replaceChildren(...STORIES.map((story) => {
      const b = document.createElement('button');
      b.className = 'story-button';
      b.type = 'button';
      b.dataset.story = story.id;
      b.addEventListener('click', () => this.runStory(story.id));
      return b;
    }));
  }

  /**
   * Sets up a story: trains its compare runs to the story's epochs and pins them (replacing
   * the pins of an earlier story), builds its run and plays it to its last epoch.
   */
  runStory(id) {
    const story = storyById(id);
    const { app } = this;
    app.player.pause();
    this.pins.list.filter((p) => p.source === 'story').forEach((p) => this.pins.remove(p.id));
    while (this.pins.list.length + story.compare.length > 6) this.pins.remove(this.pins.list[0].id);
    for (const run of story.compare) {
      const s = new Session(app.core, run.spec);
      try {
        for (let e = 0; e < story.epochs && !s.stopped; e++) s.train(1);
        this.pins.add({ name: run.label, spec: s.spec, history: s.history, metrics: s.metrics, thumbnail: thumbnail(s, app.catalog.domain), source: 'story' });
      } finally {
        s.dispose();
      }
    }
    app.state.spec = structuredClone(story.spec);
    Object.assign(app.state.view, story.view ?? {});
    const error = this.hooks.rebuild();
    if (error) return;  // rebuild said why (a story's spec is checked by the tests; this is a safeguard)
    this.story = story;
    this.showStory();
    this.refresh();
    this.target = story.epochs;
    document.body.dataset.story = 'playing';  // the gallery takes its picture when it has ended
    app.player.set(true);
  }

  showStory() {
    const story = this.story;
    $('storyText').hidden = !story;
    if (story) $('storyText').textContent = `${story.title[language()]} — ${story.description[language()]}`;
    for (const b of document.querySelectorAll('[data-story]')) b.classList.toggle('selected', b.dataset.story === story?.id);
  }

  /** Epochs to train this frame: the speed, or what is left of a playing story. */
  epochsThisFrame(speed) {
    if (this.target === null) return speed;
    return Math.max(0, Math.min(speed, this.target - this.app.session.metrics.epoch));
  }

  /** After a frame: a story stops at its last epoch. */
  afterFrame() {
    if (this.target !== null && this.app.session.metrics.epoch >= this.target) { this.target = null; this.app.player.pause(); }
  }

  /** The player stopped (by the story's end or by the student): no target any more. */
  onPlaying(on) {
    if (on) return;
    this.target = null;
    if (document.body.dataset.story === 'playing') document.body.dataset.story = 'ended';
  }

  /** A setting changed by hand: the story no longer describes what is shown. */
  leaveStory() {
    if (!this.story) return;
    this.story = null;
    this.target = null;
    this.showStory();
  }

  // ---- run records

  saveRun() {
    const s = this.app.session;
    let text;
    try {
      text = s.runRecord();
    } catch (e) {
      showMessage(t('cannotRecord', { msg: e.message.replace(/^this run cannot be saved as a run record: /, '') }));
      return;
    }
    download(`descent-run-epoch${s.metrics.epoch}.json`, new Blob([text], { type: 'application/json' }));
  }

  /** Opens a run record: its curves become a pin and its final model the running session. */
  async openRun(file) {
    const { app } = this;
    if (this.pins.full) { showMessage(t('pinsFull'), 'info'); return; }
    let next = null, parts;
    try {
      const text = await readText(file, 50e6);
      parts = JSON.parse(app.core.readRunRecord(text));  // the core checks the record
      next = new Session(app.core, parts.spec);
      next.loadRunRecord(text, parts.history);
    } catch (e) {
      next?.dispose();
      showMessage(t('badFile', { msg: e.message }));
      return;
    }
    app.player.pause();
    this.leaveStory();
    const last = parts.history[parts.history.length - 1] ?? next.metrics;
    this.pins.add({ name: file.name.replace(/\.json$/i, ''), spec: next.spec, history: parts.history, metrics: last,
      thumbnail: thumbnail(next, app.catalog.domain), source: 'record' });
    this.hooks.install(next);  // refreshes the table and draws
    showMessage(t('runOpened', { epochs: parts.epochs, code: parts.code, platform: parts.platform }), 'success');
  }

  relabel() {
    for (const b of document.querySelectorAll('[data-story]')) {
      const story = storyById(b.dataset.story);
      b.textContent = story.title[language()];
      b.title = story.description[language()];
    }
    this.app.lossChart.setLabels({ epoch: t('axisEpoch'), loss: t('axisLoss'), accuracy: t('axisAccuracy') });
    this.showStory();
    if (this.app.session) { this.refresh(); this.hooks.render(); }
  }
}
