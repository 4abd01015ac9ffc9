// The concepts page: three figures answering the chapter's review questions, each computed by
// the core (nn/concepts.h). This file wires them to the shared shell and keeps their state in
// the URL hash, so a teacher's link opens the figure as it was:
//   act=relu&ax=-1.5            activation figure: function and the point's x
//   logits=2,1,0.1&y=1&T=0.5    softmax figure
//   net=3-3-2-relu&alpha=0.5&x=1,0.5,-1&target=1&seed=42&step=4   walkthrough (seed: random
//   weights, absent for the default ones; step: operations done)
// Hide keys: activations, softmax, backprop (whole figures), plus the shell's.
import { startPage, showMessage } from '../shared/shell.js';
import { t } from '../shared/i18n.js';
import { readLink, encodePairs, shellPairs } from '../shared/hash-state.js';
import { conceptsStrings } from './strings.js';
import { activationFigure } from './activation-figure.js';
import { softmaxFigure } from './softmax-figure.js';
import { backpropFigure, DEFAULT_NET } from './backprop-figure.js';
import { STORIES } from './stories.js';
import { playStory } from './story-player.js';
import { takeStoryPair, withStoryLink } from '../shared/story-link.js';

const numbers = (raw, key) => {
  const list = raw.split(',').map(Number);
  if (!raw || list.some((x) => !Number.isFinite(x))) throw new Error(`${key}: expected numbers separated by commas, got '${raw}'`);
  return list;
};
const number = (raw, key) => {
  const x = Number(raw);
  if (raw === '' || !Number.isFinite(x)) throw new Error(`${key}: expected a number, got '${raw}'`);
  return x;
};

// Link pairs → per-figure state objects (parse errors name their key).
function parseLink(pairs, errors) {
  const act = {}, sm = {}, bp = {};
  for (const [key, raw] of pairs) {
    try {
      switch (key) {
        case 'act': act.act = raw; break;
        case 'ax': act.x = number(raw, key); break;
        case 'logits': sm.logits = numbers(raw, key); break;
        case 'y': sm.y = number(raw, key) - 1; break;
        case 'T': sm.T = number(raw, key); break;
        case 'net': {
          const m = /^(\d)-(\d)-(\d)-([a-z_]+)$/.exec(raw);
          if (!m) throw new Error(`net: expected inputs-hidden-outputs-activation like 2-2-1-sigmoid, got '${raw}'`);
          bp.net = { inputs: Number(m[1]), hidden: Number(m[2]), outputs: Number(m[3]), activation: m[4] };
          break;
        }
        case 'alpha': bp.alpha = number(raw, key); break;
        case 'x': bp.x = numbers(raw, key); break;
        case 'target': bp.target = number(raw, key); break;
        case 'seed': bp.seed = number(raw, key); break;
        case 'step': bp.cursor = number(raw, key) - 1; break;
        default: throw new Error(`unknown key '${key}'`);
      }
    } catch (e) {
      errors.push(e.message);
    }
  }
  return { act, sm, bp };
}

function linkOf(figures, shellState) {
  const a = figures.act.state, s = figures.sm.state, b = figures.bp.state;
  const pairs = [['act', a.act], ['ax', String(a.x)], ['logits', s.logits.join(',')], ['y', String(s.y + 1)], ['T', String(s.T)]];
  const n = b.net;
  if (JSON.stringify(n) !== JSON.stringify(DEFAULT_NET)) pairs.push(['net', `${n.inputs}-${n.hidden}-${n.outputs}-${n.activation}`]);
  pairs.push(['alpha', String(b.alpha)], ['x', b.x.join(',')], ['target', String(b.target)]);
  if (b.seed) pairs.push(['seed', String(b.seed)]);
  if (b.cursor >= 0) pairs.push(['step', String(b.cursor + 1)]);
  return `#${encodePairs([...pairs, ...shellPairs(shellState)])}`;
}

const figures = {};

startPage({
  page: 'concepts',
  strings: conceptsStrings,
  title: 'conceptsTitle',
  start(shell) {
    const { core } = shell;
    const ranges = core.conceptsCatalog();
    const names = ranges.activations;
    const errors = [];
    const link = readLink(location.hash, errors);
    // story=<id> (the gallery's link) puts the story's keys in place of the link's.
    const { story, pairs } = takeStoryPair(link.pairs, STORIES, errors);
    const wanted = parseLink(withStoryLink(pairs, story), errors);
    const save = () => history.replaceState(null, '', linkOf(figures, { hide: link.hide, lang: link.lang }));
    const onError = (msg) => showMessage(t('badSetting', { msg }));
    figures.act = activationFigure(document.getElementById('activations'), { core, names, onChange: save });
    figures.sm = softmaxFigure(document.getElementById('softmax'), { core, ranges, onChange: save, onError });
    figures.bp = backpropFigure(document.getElementById('backprop'), { core, names, ranges, onChange: save, onError });
    // Each figure applies its part of the link on its own; what the core rejects is named and the
    // figure keeps its defaults.
    for (const [key, state] of Object.entries(wanted)) {
      if (Object.keys(state).length === 0) continue;
      try {
        figures[key].set(state);
      } catch (e) {
        errors.push(e.message);
      }
    }
    if (errors.length) showMessage(t('badLink', { msg: errors.join('; ') }));
    else if (story) playStory(story);
  },
  onLanguage() {
    for (const f of Object.values(figures)) f.relabel();
  },
});
