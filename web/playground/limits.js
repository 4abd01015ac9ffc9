// What the playground can show, checked before anything is built. The spec allows more (the
// command-line runner trains 16 × 1024 networks on 4096-D data); the playground draws every
// weight of its network, a 2-D decision boundary and one colour per class, so a link, a
// settings file or a model file asking for more is refused with a message naming the part
// and the limit, before the core allocates anything for it. The limits are the core's: the
// spans its catalog gives the page's buttons and sliders, and the dimensions it draws.

/** The page's limits, from the catalog's fields. */
export function pageLimits(catalog) {
  const hidden = catalog.fields['model.hidden'];
  return {
    layers: hidden.sliderMaxLength,                      // hidden layers (the + layer button stops here too)
    neurons: hidden.sliderMax,                           // per layer: the diagram draws every weight
    classes: catalog.fields['data.classes'].sliderMax,   // distinct class colours
    dims: catalog.fields['view.dims'].max,               // the boundary and the points are drawn in the plane
  };
}

const isArray = Array.isArray;

/**
 * null if the playground can show the experiment `spec` (raw JSON, maybe partial; the core
 * checks types and ranges), else the message saying which part it cannot and why.
 */
export function pageProblem(spec, catalog) {
  if (!spec || typeof spec !== 'object' || isArray(spec)) return null;
  const limit = pageLimits(catalog);
  const { model, data } = spec;
  const hidden = model && typeof model === 'object' ? model.hidden : undefined;
  if (isArray(hidden)) {
    if (hidden.length > limit.layers)
      return `model.hidden: this page shows at most ${limit.layers} hidden layers, got ${hidden.length}`;
    const i = hidden.findIndex((n) => typeof n === 'number' && n > limit.neurons);
    if (i >= 0) return `model.hidden[${i}]: this page shows at most ${limit.neurons} neurons per layer, got ${hidden[i]}`;
  }
  if (data && typeof data === 'object' && !isArray(data)) {
    if (data.source === 'csv')
      return "data.source: 'csv' needs a file the command-line runner reads; this page shows generated or drawn data";
    if (typeof data.dims === 'number' && data.dims !== limit.dims)
      return `data.dims: this page shows ${limit.dims}-D data only, got ${data.dims} dimensions`;
    const rows = data.inline;
    if (isArray(rows) && isArray(rows[0]) && rows[0].length !== limit.dims + 1)
      return `data.inline: this page shows ${limit.dims}-D data only ([x1, x2, label] rows), got rows of ${rows[0].length} entries`;
    if (isArray(rows)) {
      const i = rows.findIndex((r) => isArray(r) && typeof r[r.length - 1] === 'number' && r[r.length - 1] >= limit.classes);
      if (i >= 0) return `data.inline[${i}]: this page shows at most ${limit.classes} classes (labels 0 to ${limit.classes - 1}), got label ${rows[i][rows[i].length - 1]}`;
    }
    if (typeof data.classes === 'number' && data.classes > limit.classes)
      return `data.classes: this page shows at most ${limit.classes} classes, got ${data.classes}`;
  }
  return null;
}

/** Throws the page's problem with `spec`, if any. */
export function checkPageLimits(spec, catalog) {
  const problem = pageProblem(spec, catalog);
  if (problem) throw new Error(problem);
}
