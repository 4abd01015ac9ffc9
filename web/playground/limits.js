// What the playground can show, checked before anything is built. The spec allows more (the
// command-line runner trains 16 × 1024 networks on 4096-D data); the playground draws every
// weight of its network, a 2-D decision boundary and one colour per class, so a link, a
// settings file or a model file asking for more is refused with a message naming the part
// and the limit, before the core allocates anything for it.
export const PAGE_LIMITS = {
  layers: 8,     // hidden layers (the + layer button stops here too)
  neurons: 32,   // neurons per hidden layer (the diagram draws every weight: at most 8 × 32²)
  classes: 8,    // distinct class colours
  dims: 2,       // the boundary and the points are drawn in the plane
};

const isArray = Array.isArray;

/**
 * null if the playground can show the experiment `spec` (raw JSON, maybe partial; the core
 * checks types and ranges), else the message saying which part it cannot and why.
 */
export function pageProblem(spec) {
  if (!spec || typeof spec !== 'object' || isArray(spec)) return null;
  const { model, data } = spec;
  const hidden = model && typeof model === 'object' ? model.hidden : undefined;
  if (isArray(hidden)) {
    if (hidden.length > PAGE_LIMITS.layers)
      return `model.hidden: this page shows at most ${PAGE_LIMITS.layers} hidden layers, got ${hidden.length}`;
    const i = hidden.findIndex((n) => typeof n === 'number' && n > PAGE_LIMITS.neurons);
    if (i >= 0) return `model.hidden[${i}]: this page shows at most ${PAGE_LIMITS.neurons} neurons per layer, got ${hidden[i]}`;
  }
  if (data && typeof data === 'object' && !isArray(data)) {
    if (data.source === 'csv')
      return "data.source: 'csv' needs a file the command-line runner reads; this page shows generated or drawn data";
    if (typeof data.dims === 'number' && data.dims !== PAGE_LIMITS.dims)
      return `data.dims: this page shows 2-D data only, got ${data.dims} dimensions`;
    const rows = data.inline;
    if (isArray(rows) && isArray(rows[0]) && rows[0].length !== PAGE_LIMITS.dims + 1)
      return `data.inline: this page shows 2-D data only ([x1, x2, label] rows), got rows of ${rows[0].length} entries`;
    if (isArray(rows)) {
      const i = rows.findIndex((r) => isArray(r) && typeof r[r.length - 1] === 'number' && r[r.length - 1] >= PAGE_LIMITS.classes);
      if (i >= 0) return `data.inline[${i}]: this page shows at most ${PAGE_LIMITS.classes} classes (labels 0 to ${PAGE_LIMITS.classes - 1}), got label ${rows[i][rows[i].length - 1]}`;
    }
    if (typeof data.classes === 'number' && data.classes > PAGE_LIMITS.classes)
      return `data.classes: this page shows at most ${PAGE_LIMITS.classes} classes, got ${data.classes}`;
  }
  return null;
}

/** Throws the page's problem with `spec`, if any. */
export function checkPageLimits(spec) {
  const problem = pageProblem(spec);
  if (problem) throw new Error(problem);
}
