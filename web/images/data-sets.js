// The image data sets the page offers and how their files are fetched. The build writes
// data/image-sets.json (scripts/vite-image-data.mjs): which sets this copy of the site has
// and each file's size, so the page can state every download before it starts. Files are
// gzip-compressed; the browser's own DecompressionStream unpacks them (no library).

const IDX = {
  trainImages: 'train-images-idx3-ubyte.gz',
  trainLabels: 'train-labels-idx1-ubyte.gz',
  testImages: 't10k-images-idx3-ubyte.gz',
  testLabels: 't10k-labels-idx1-ubyte.gz',
};

// id → what the page needs to know beyond the manifest. `spec` is the data section and the
// defaults of the run (the core validates and completes them).
export const SETS = [
  {
    id: 'digits', manifest: 'digits', kind: 'digits', format: 'digits8x8', label: 'setDigits',
    data: { source: 'csv', csvFile: 'digits.csv.gz', trainRatio: 0.8, image: { width: 8, height: 8, maxValue: 16 } },
    epochs: 30,
  },
  {
    id: 'fashion-subset', manifest: 'fashionSubset', kind: 'fashion', format: 'grey28x28', label: 'setFashionSubset',
    data: { source: 'idx', ...IDX }, epochs: 10,
  },
  {
    id: 'fashion', manifest: 'fashionFull', kind: 'fashion', format: 'grey28x28', label: 'setFashionFull',
    data: { source: 'idx', ...IDX }, epochs: 10,
  },
];

export const setById = (id) => SETS.find((s) => s.id === id);

/** The build's manifest: {digits: {dir, files: {name: bytes}}, fashionSubset, fashionFull?}. */
export async function loadManifest() {
  const response = await fetch('data/image-sets.json');
  if (!response.ok) throw new Error(`data/image-sets.json: HTTP ${response.status}`);
  return response.json();
}

/** Total download size of a set in bytes (null if this site does not have it). */
export function downloadBytes(set, manifest) {
  const entry = manifest[set.manifest];
  return entry ? Object.values(entry.files).reduce((a, b) => a + b, 0) : null;
}

export const megabytes = (bytes) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.round(bytes / 1e3)} KB`);

// Some servers send .gz files with "Content-Encoding: gzip" (the browser then unpacks them
// itself), others as they are: only bytes that still start with gzip's magic number 1f 8b are
// unpacked here.
async function gunzip(url) {
  let bytes;
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (e) {
    throw new Error(`${url}: ${e.message}`);
  }
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  try {
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch (e) {
    throw new Error(`${url}: not a complete gzip file (${e.message})`);
  }
}

/**
 * Fetches and unpacks a set's files. Resolves with {csv} (text) for digits or
 * {trainImages, trainLabels, testImages, testLabels} (Uint8Array) for IDX sets; the core
 * checks their contents.
 */
export async function fetchSet(set, manifest) {
  const entry = manifest[set.manifest];
  if (!entry) throw new Error(`${set.id}: not part of this site`);
  if (set.data.source === 'csv') {
    return { csv: new TextDecoder().decode(await gunzip(entry.dir + set.data.csvFile)) };
  }
  const names = Object.keys(IDX);
  const bytes = await Promise.all(names.map((k) => gunzip(entry.dir + IDX[k])));
  return Object.fromEntries(names.map((k, i) => [k, bytes[i]]));
}

/** The spec's data section for a set: file names as the page fetched them (messages name them). */
export function dataSpec(set, manifest, standardize) {
  const dir = manifest[set.manifest]?.dir ?? '';
  if (set.data.source === 'csv') return { ...set.data, csvFile: dir + set.data.csvFile, standardize };
  const d = { source: 'idx', standardize };
  for (const k of Object.keys(IDX)) d[k] = dir + IDX[k];
  return d;
}
