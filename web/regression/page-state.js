// The page's state, the experiment spec it describes and its URL keys. The state holds what
// the student chose (data source and its settings, drawn points, optimizer, batch size, the
// start); the spec is what the core runs. Defaults come from the core's catalog.

const OPT_KEYS = ['momentum', 'rho', 'beta1', 'beta2', 'epsilon', 'weightDecay'];

/** The page's default state, from the catalog's fields. */
export function defaultState(catalog) {
  const d = (path) => catalog.fields[path].default;
  return {
    source: 'line',
    line: { weight: d('data.line.weight'), bias: d('data.line.bias'), noise: d('data.line.noise'), points: d('data.line.points'),
      xMin: d('data.line.xMin'), xMax: d('data.line.xMax') },
    seed: d('seed'),
    drawn: [[-3, -2.5], [-2, -1.2], [-1, -0.4], [0, 1.1], [1, 1.6], [2, 3.2], [3, 3.7]],
    // {name, text, columns: [{name, type}], rows, x: [names], y: name, used, example?}; the link
    // keeps the columns and, for a file the page ships (example: its id), the file itself.
    csv: null,
    // A link's CSV choice still waiting for its data: {example} (being fetched) or {file} (a
    // file of the student's own, which a link cannot carry: it must be picked again), with the
    // columns {x, y}. Kept in the link until the file is loaded or another source is chosen.
    csvWanted: null,
    standardize: false,
    standardizeTargets: false,
    optimizer: { kind: 'sgd', learningRate: 0.05, ...Object.fromEntries(OPT_KEYS.map((k) => [k, d(`optimizer.${k}`)])) },
    batchSize: 0,  // 0: full batch
    speed: d('regression.speed'),
    start: null,   // [w, b] or null: the spec's initial weights
  };
}

/** Number of data points the state describes (for the batch-size slider). */
export function pointCount(state) {
  if (state.source === 'drawn') return state.drawn.length;
  if (state.source === 'csv') return state.csv?.used ?? state.csv?.rows ?? 0;
  return state.line.points;
}

function dataSpec(state) {
  const common = { trainRatio: 1, standardize: state.standardize, standardizeTargets: state.standardizeTargets };
  if (state.source === 'drawn') return { source: 'inline', target: 'value', inline: state.drawn.map((p) => [...p]), ...common };
  // The core reads the file and takes the chosen columns (the text goes to the Regression handle).
  if (state.source === 'csv')
    return { source: 'csv', target: 'value', csvFile: state.csv.name, columns: { x: [...state.csv.x], y: state.csv.y }, ...common };
  return { source: 'line', line: { ...state.line }, ...common };
}

/** The experiment spec of a state (what the core validates and runs). */
export function specOf(state) {
  const n = pointCount(state);
  const { kind, learningRate } = state.optimizer;
  return {
    seed: state.seed,
    data: dataSpec(state),
    model: { hidden: [] },
    optimizer: { kind, learningRate, ...Object.fromEntries(OPT_KEYS.map((k) => [k, state.optimizer[k]])) },
    training: { batchSize: Math.max(1, state.batchSize === 0 ? n : Math.min(state.batchSize, n)) },
  };
}

// ------------------------------------------------------------------ the link

const LINE_KEYS = { w: 'weight', b: 'bias', noise: 'noise', n: 'points', xmin: 'xMin', xmax: 'xMax' };

/** The state as URL [key, value] pairs (only what differs from the defaults). */
export function linkPairs(state, defaults) {
  const out = [];
  const put = (k, v, d) => { if (String(v) !== String(d)) out.push([k, String(v)]); };
  const csv = csvLink(state);
  put('src', csv ? 'csv' : state.source === 'csv' ? 'line' : state.source, defaults.source);
  if (csv) {
    out.push(csv.example ? ['csv', csv.example] : ['csvfile', csv.file]);
    for (const x of csv.x) out.push(['cx', x]);  // one key per column: a name may hold a comma
    out.push(['cy', csv.y]);
  }
  if (state.source === 'line') for (const [k, f] of Object.entries(LINE_KEYS)) put(k, state.line[f], defaults.line[f]);
  if (state.source === 'drawn') out.push(['pts', state.drawn.map((p) => p.map((v) => Number(v.toPrecision(4))).join(',')).join(';')]);
  put('seed', state.seed, defaults.seed);
  put('std', state.standardize ? 1 : 0, defaults.standardize ? 1 : 0);
  put('stdy', state.standardizeTargets ? 1 : 0, defaults.standardizeTargets ? 1 : 0);
  put('opt', state.optimizer.kind, defaults.optimizer.kind);
  put('lr', state.optimizer.learningRate, defaults.optimizer.learningRate);
  for (const k of OPT_KEYS) put(k, state.optimizer[k], defaults.optimizer[k]);
  put('batch', state.batchSize, defaults.batchSize);
  put('speed', state.speed, defaults.speed);
  if (state.start) out.push(['start', state.start.map((v) => Number(v.toPrecision(6))).join(',')]);
  return out;
}

/** What the link says about CSV data: {example | file, x, y}, or null. */
function csvLink(state) {
  if (state.csvWanted) return state.csvWanted;
  if (state.source !== 'csv' || !state.csv) return null;
  return state.csv.example ? { example: state.csv.example, x: state.csv.x, y: state.csv.y } : { file: state.csv.name, x: state.csv.x, y: state.csv.y };
}

const number = (key, raw, errors) => {
  const v = Number(raw);
  if (raw === '' || !Number.isFinite(v)) { errors.push(`${key}: must be a number, got '${raw}'`); return undefined; }
  return v;
};

/**
 * A state from the link's pairs on top of `defaults`. Unknown keys and unreadable values are
 * reported in `errors` and skipped; ranges are checked afterwards by the core (the spec).
 */
export function stateFromPairs(pairs, defaults, errors) {
  const s = structuredClone(defaults);
  const wanted = { x: [] };
  for (const [key, raw] of pairs) {
    if (key in LINE_KEYS) { const v = number(key, raw, errors); if (v !== undefined) s.line[LINE_KEYS[key]] = v; }
    else if (key === 'src') {
      if (['line', 'drawn', 'csv'].includes(raw)) s.source = raw; else errors.push(`src: must be line, drawn or csv, got '${raw}'`);
    } else if (key === 'csv') wanted.example = raw;
    else if (key === 'csvfile') wanted.file = raw;
    else if (key === 'cx') wanted.x.push(raw);
    else if (key === 'cy') wanted.y = raw;
    else if (key === 'pts') {
      const pts = raw.split(';').filter(Boolean).map((p) => p.split(',').map(Number));
      if (pts.length && pts.every((p) => p.length === 2 && p.every(Number.isFinite))) s.drawn = pts;
      else errors.push('pts: must be x,y pairs separated by ;');
    } else if (key === 'seed' || key === 'batch' || key === 'speed') {
      const v = number(key, raw, errors);
      if (v !== undefined) s[{ seed: 'seed', batch: 'batchSize', speed: 'speed' }[key]] = v;
    } else if (key === 'std' || key === 'stdy') s[key === 'std' ? 'standardize' : 'standardizeTargets'] = raw === '1';
    else if (key === 'opt') s.optimizer.kind = raw;
    else if (key === 'lr') { const v = number(key, raw, errors); if (v !== undefined) s.optimizer.learningRate = v; }
    else if (OPT_KEYS.includes(key)) { const v = number(key, raw, errors); if (v !== undefined) s.optimizer[key] = v; }
    else if (key === 'start') {
      const p = raw.split(',').map(Number);
      if (p.length === 2 && p.every(Number.isFinite)) s.start = p; else errors.push(`start: must be w,b, got '${raw}'`);
    } else errors.push(`unknown key '${key}'`);
  }
  const said = wanted.example !== undefined || wanted.file !== undefined || wanted.x.length || wanted.y !== undefined;
  if (s.source === 'csv' || said) {
    // The data are read afterwards (the page fetches a shipped file, or asks for the student's);
    // until then the session runs on the default data.
    if (s.source !== 'csv') errors.push('csv, csvfile, cx, cy: only with src=csv');
    else if ((wanted.example === undefined) === (wanted.file === undefined)) errors.push('src=csv: needs csv=<example> or csvfile=<name>');
    else if (!wanted.x.length || wanted.y === undefined) errors.push('src=csv: needs the columns, cx=<x column> (one or more) and cy=<y column>');
    else s.csvWanted = wanted.example !== undefined ? { example: wanted.example, x: wanted.x, y: wanted.y } : { file: wanted.file, x: wanted.x, y: wanted.y };
    s.source = defaults.source;
  }
  return s;
}
