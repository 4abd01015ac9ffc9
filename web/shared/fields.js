// Page settings that are not spec fields (view.speed, lab.speed …) are checked against their
// row of the core's range table, handed over in catalog.fields, and rejected in the words the
// core uses for spec fields: "view.speed: must be an integer from 1 to 100, got 0".

/**
 * null if `value` is allowed for the catalog field at `path`, else the message saying why,
 * naming the setting `name` (the URL key; the path by default).
 */
export function checkField(catalog, path, value, name = path) {
  const f = catalog.fields[path];
  if (!f) throw new Error(`no catalog field '${path}'`);
  const inRange = typeof value === 'number' && Number.isFinite(value) && value >= f.min && value <= f.max;
  if (inRange && (!f.integer || Number.isInteger(value))) return null;
  return `${name}: must be ${f.integer ? 'an integer from' : 'from'} ${f.min} to ${f.max}, got ${value}`;
}
