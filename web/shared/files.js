// Files the user downloads or opens, for every page: a download of a blob, JSON out and in,
// reading a chosen file with a size limit. Only serializes what the core already produced.

/** Starts a download of `blob` named `name`. */
export function download(name, blob) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

export const jsonBlob = (obj) => new Blob([`${JSON.stringify(obj, null, 2)}\n`], { type: 'application/json' });

/** Reads a user-chosen file as text; rejects on read errors and files over `maxBytes`. */
export function readText(file, maxBytes = 5e6) {
  if (file.size > maxBytes) return Promise.reject(new Error(`the file is larger than ${maxBytes / 1e6} MB`));
  return file.text();
}

/** Parses JSON text, turning a syntax error into a short message. */
export function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`not valid JSON (${e.message})`);
  }
}
