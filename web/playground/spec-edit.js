// Applies the page's edits to a spec and keeps the fields that depend on them consistent, so
// the core receives a spec it can accept: per-layer lists follow the number of layers, a new
// data set drops the previous one's class count, a new problem type drops a forced output or
// loss. Bookkeeping only; the core still validates everything, and which generators take a
// class count and which problem each one poses is the core's catalog's to say.
import { generatorOf, problemOf } from './control-table.js';
import { setPath } from '../shared/paths.js';

const resize = (list, n, fill) => Array.from({ length: n }, (_, i) => (list && i < list.length ? list[i] : fill));

/** A copy of `spec` with {path: value} changes applied and dependent fields fixed. */
export function editSpec(spec, changes, catalog) {
  const next = structuredClone(spec);
  for (const [path, value] of Object.entries(changes)) setPath(next, path, value);
  const model = next.model ?? (next.model = {});
  const data = next.data ?? (next.data = {});
  const changed = (path) => path in changes;

  if (changed('data.generator') && !changed('data.source')) data.source = 'generator';
  if (changed('data.generator') || changed('data.source')) {
    if (data.source === 'inline') {
      for (const k of ['generator', 'points', 'noise', 'classes', 'dims']) delete data[k];
    } else {
      delete data.inline;
      delete data.target;  // class labels or values: only rows (inline, CSV) have a target column
      if (!generatorOf(catalog, next)?.classes || (changed('data.generator') && !changed('data.classes'))) delete data.classes;
      delete data.dims;
    }
    const before = problemOf(catalog, spec);
    const after = problemOf(catalog, next);
    if (before !== after || changed('data.classes') || changed('data.generator')) {
      if (!changed('model.output')) model.output = 'auto';
      if (before !== after && !changed('model.loss')) model.loss = 'auto';
    }
  }
  if (changed('data.classes')) model.output = changes['model.output'] ?? 'auto';
  const layers = (model.hidden ?? []).length;
  if (changed('model.activation')) model.activations = resize([], layers, model.activation);
  else if (model.activations) model.activations = resize(model.activations, layers, model.activation ?? 'tanh');
  if (Array.isArray(model.dropout)) model.dropout = resize(model.dropout, layers, model.dropout[model.dropout.length - 1] ?? 0);
  return next;
}
