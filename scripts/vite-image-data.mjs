// Vite plugin: puts the images page's data into the static site.
//  * data/digits/      examples/data/digits.csv.gz and its description (CC BY 4.0), always;
//  * data/fashion-mnist/  Debian's full Fashion-MNIST (dataset-fashion-mnist, 4 IDX .gz files,
//    MIT licence note beside them) when the package is installed and DESCENT_FASHION_FULL is
//    not 0 — about 30 MB, so a course can leave it out;
//  * data/image-sets.json  what the build included and each file's size, which the page reads
//    to offer the sets and state their download sizes.
// The built-in Fashion-MNIST subset lives in public/data/fashion-mnist-subset/ (copied by Vite).
// The dev server serves the same paths.
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const DEBIAN_DIR = '/usr/share/datasets/fashion-mnist';
const DEBIAN_COPYRIGHT = '/usr/share/doc/dataset-fashion-mnist/copyright';
const IDX_FILES = ['train-images-idx3-ubyte.gz', 'train-labels-idx1-ubyte.gz',
  't10k-images-idx3-ubyte.gz', 't10k-labels-idx1-ubyte.gz'];

export function imageDataPlugin(repoRoot) {
  const publicDir = resolve(repoRoot, 'public');
  const digitsDir = resolve(repoRoot, 'examples/data');
  const withFull = () => process.env.DESCENT_FASHION_FULL !== '0' && IDX_FILES.every((f) => existsSync(join(DEBIAN_DIR, f)));

  // Site path → source file.
  function sources() {
    const map = {
      'data/digits/digits.csv.gz': join(digitsDir, 'digits.csv.gz'),
      'data/digits/digits.rst': join(digitsDir, 'digits.rst'),
    };
    if (withFull()) {
      for (const f of IDX_FILES) map[`data/fashion-mnist/${f}`] = join(DEBIAN_DIR, f);
      if (existsSync(DEBIAN_COPYRIGHT)) map['data/fashion-mnist/LICENSE.txt'] = DEBIAN_COPYRIGHT;
    }
    return map;
  }

  function manifest() {
    const size = (p) => statSync(p).size;
    const set = (dir, files) => Object.fromEntries(files.map((f) => [f, size(join(dir, f))]));
    const m = {
      digits: { dir: 'data/digits/', files: set(digitsDir, ['digits.csv.gz']) },
      fashionSubset: { dir: 'data/fashion-mnist-subset/', files: set(join(publicDir, 'data/fashion-mnist-subset'), IDX_FILES) },
    };
    if (withFull()) m.fashionFull = { dir: 'data/fashion-mnist/', files: set(DEBIAN_DIR, IDX_FILES) };
    return JSON.stringify(m, null, 1);
  }

  let outDir = null;
  return {
    name: 'descent-image-data',
    configResolved(config) { outDir = config.build.outDir; },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0]).replace(/^\/+/, '');
        if (path === 'data/image-sets.json') {
          res.setHeader('Content-Type', 'application/json');
          res.end(manifest());
          return;
        }
        const file = sources()[path];
        if (!file) return next();
        res.setHeader('Content-Type', 'application/octet-stream');
        res.end(readFileSync(file));
      });
    },
    closeBundle() {
      if (!outDir) return;
      for (const [path, file] of Object.entries(sources())) {
        mkdirSync(join(outDir, path, '..'), { recursive: true });
        copyFileSync(file, join(outDir, path));
      }
      writeFileSync(join(outDir, 'data/image-sets.json'), manifest());
    },
  };
}
