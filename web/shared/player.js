// The run loop every page shares: Play/Pause/Step drive a requestAnimationFrame loop that
// calls the page's `tick` once per frame, and frame statistics for measurements
// (docs/performance.md, bench/page.mjs and tests/e2e/measure-frames.spec.js read them).
import { t } from './i18n.js';
import { postEpoch } from './embed-messages.js';

const SAMPLES = 600;  // raw per-frame samples kept (10 s at 60 fps)

/** Shows the run state on a Play/Pause button (icon via body.playing, name for screen readers). */
export function showPlaying(button, on) {
  button.setAttribute('aria-pressed', String(on));
  button.dataset.i18nAria = on ? 'pause' : 'play';
  button.setAttribute('aria-label', t(on ? 'pause' : 'play'));
  document.body.classList.toggle('playing', on);
}

export class Player {
  /**
   * button: the Play/Pause button (clicks toggle); tick(): one frame's work, may pause the
   * player and may return {trainMs, renderMs, epochs} for the statistics; canPlay(): false
   * refuses to start (e.g. after the run diverged); onChange(playing) after every change;
   * metrics(): the run's numbers ({epoch, trainLoss, …}) — when given, a framed page tells its
   * parent after every frame that moved them on (embed-messages.js).
   */
  constructor({ button, tick, canPlay = () => true, onChange = () => {}, metrics = null }) {
    this.metrics = metrics;
    this.lastPosted = null;
    this.button = button;
    this.tick = tick;
    this.canPlay = canPlay;
    this.onChange = onChange;
    this.playing = false;
    this.lastFrame = 0;
    // Smoothed values plus the raw samples of the last SAMPLES frames (read-only for readers).
    this.stats = { frames: 0, frameMs: 0, trainMs: 0, renderMs: 0, epochsPerSecond: 0, samples: [] };
    this.frame = this.frame.bind(this);
    button.addEventListener('click', () => this.toggle());
    showPlaying(button, false);
  }

  toggle() { this.set(!this.playing); }
  pause() { this.set(false); }

  set(on) {
    if (on && !this.canPlay()) return;
    if (on === this.playing) { showPlaying(this.button, on); return; }
    this.playing = on;
    showPlaying(this.button, on);
    if (on) { this.lastFrame = 0; requestAnimationFrame(this.frame); }
    this.onChange(on);
  }

  /** Posts the metrics to the parent frame if training moved on since the last post. */
  report() {
    if (!this.metrics) return;
    const m = this.metrics();
    const mark = m ? `${m.epoch ?? ''}/${m.iteration ?? ''}` : null;
    if (!m || mark === this.lastPosted) return;
    this.lastPosted = mark;
    postEpoch(m);
  }

  /** The language changed: the button's name follows. */
  relabel() { showPlaying(this.button, this.playing); }

  frame(now) {
    if (!this.playing) return;
    const sample = this.tick() ?? {};
    const st = this.stats;
    Object.assign(st, sample);
    if (this.lastFrame) {
      const dt = now - this.lastFrame;
      st.frameMs = st.frameMs ? 0.9 * st.frameMs + 0.1 * dt : dt;  // the first interval starts the average
      if (sample.epochs) st.epochsPerSecond = (sample.epochs * 1000) / st.frameMs;
      st.samples.push({ interval: dt, ...sample });
      if (st.samples.length > SAMPLES) st.samples.shift();
    }
    this.lastFrame = now;
    st.frames++;
    this.report();
    if (this.playing) requestAnimationFrame(this.frame);
  }
}
