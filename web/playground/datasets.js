// The data-set picker: one thumbnail per 2-D generator of the core's catalog, drawn from
// points the core generates. Each carries its problem type, so the picker shows one kind.
import { Session } from './session.js';
import { PointsView } from './render/points.js';
import { t } from '../shared/i18n.js';

// The thumbnails are painted after the page is ready, one per idle moment: each needs a core
// session (data generated from its spec), and none of it is needed for the first frame.
const idle = globalThis.requestIdleCallback ?? ((f) => setTimeout(f, 1));
let generation = 0;  // a newer picker (palette or language change) cancels the older one's paints

export function buildDatasetPicker(container, core, catalog, onPick) {
  container.replaceChildren();
  const mine = ++generation, paints = [];
  for (const { name, problem, dims, domain } of catalog.generators) {
    if (dims !== 2) continue;  // N-dimensional sets have no picture

    const button = document.createElement('button');
    button.className = 'dataset';
    button.dataset.dataset = name;
    button.dataset.problem = problem;
    button.setAttribute('role', 'radio');
    button.dataset.i18nTitle = name;
    button.dataset.i18nAria = name;
    button.title = t(name);
    button.setAttribute('aria-label', t(name));
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 112;
    button.append(canvas);
    container.append(button);
    paints.push(() => {
      const s = new Session(core, { seed: 7, data: { generator: name, points: 200, trainRatio: 0.9, noise: 0 } });
      new PointsView(canvas, domain).update({
        train: { points: s.trainPoints(), targets: s.trainTargets() },
        test: { points: s.testPoints(), targets: s.testTargets() },
        showTest: true,
        regression: s.regression,
        classes: s.numClasses,
      });
      s.dispose();
    });
    button.addEventListener('click', () => onPick(name));
  }
  const next = () => {
    if (mine !== generation || !paints.length) return;
    paints.shift()();
    idle(next, { timeout: 500 });
  };
  idle(next, { timeout: 500 });
  // A radio group: arrow keys move to the previous / next data set of the same problem type.
  container.onkeydown = (e) => {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
    if (!step) return;
    e.preventDefault();
    e.stopPropagation();
    const shown = [...container.querySelectorAll('[data-dataset]')].filter((b) => getComputedStyle(b).display !== 'none');
    const i = shown.indexOf(document.activeElement);
    const next = shown[(i + step + shown.length) % shown.length];
    onPick(next.dataset.dataset);
    container.querySelector(`[data-dataset="${next.dataset.dataset}"]`)?.focus();
  };
}
