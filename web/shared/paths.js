// Reading and writing a dotted path ("optimizer.schedule.kind") in a spec or a page state:
// the one copy every page's controls, links and edits use.

/** obj's value at `path`, or undefined if any part of the way is missing. */
export function getPath(obj, path) {
  return path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), obj);
}

/**
 * Sets obj's value at `path`, making the objects on the way: a part that is missing, not an
 * object, a list or not the object's own (a link's "constructor.x") becomes a new object.
 */
export function setPath(obj, path, value) {
  const keys = path.split('.');
  let o = obj;
  for (const k of keys.slice(0, -1)) {
    if (!Object.hasOwn(o, k) || typeof o[k] !== 'object' || o[k] === null || Array.isArray(o[k])) o[k] = {};
    o = o[k];
  }
  o[keys[keys.length - 1]] = value;
}
