// web/wasm/nn.d.ts describes the real module, both ways: every class, method, enum value,
// value-object field and free function it declares exists, and the module exports nothing
// it does not declare (a binding added without its declaration fails here).
import { readFileSync } from 'node:fs';
import { describe, test, expect, beforeAll } from 'vitest';
import { loadTestCore } from './load-core.js';

const source = readFileSync(new URL('../../web/wasm/nn.d.ts', import.meta.url), 'utf8');

/** The body of `export declare class Name {…}` or `export interface Name {…}` (top-level braces). */
function block(kind, name) {
  const start = source.search(new RegExp(`^export ${kind} ${name}\\b[^{]*\\{`, 'm'));
  if (start < 0) throw new Error(`nn.d.ts declares no ${kind} ${name}`);
  const lines = source.slice(start).split('\n');
  const end = lines.findIndex((l) => l === '}');
  return lines.slice(1, end).filter((l) => /^ {2}(readonly )?\w+\??[(:]/.test(l));
}

/** Names of the members (methods and fields) of a declared block, without the constructor. */
const members = (kind, name) => [...new Set(block(kind, name).map((l) => l.trim().replace(/^readonly /, '').match(/^(\w+)/)[1]))].filter((m) => m !== 'constructor');

// What embind puts on every class prototype besides the bound methods.
const EMBIND_HANDLE_METHODS = new Set(['constructor', 'isAliasOf', 'clone', 'delete', 'isDeleted', 'deleteLater']);

let core;
beforeAll(async () => { core = await loadTestCore(); });

/** Everything the bindings registered on the module: classes, enums and free functions. */
function registeredExports() {
  // Embind's own runtime helpers are exported too; they are not part of our API.
  const runtime = new Set(['getInheritedInstanceCount', 'getLiveInheritedInstances', 'flushPendingDeletes', 'setDelayFunction',
    'count_emval_handles', 'get_first_emval', 'InternalError', 'BindingError', 'UnboundTypeError']);
  return Object.keys(core).filter((k) => {
    const v = core[k];
    if (runtime.has(k)) return false;
    if (typeof v === 'function' && v.argCount !== undefined) return true;           // embind free function
    if (typeof v === 'function' && v.prototype && typeof v.prototype.delete === 'function') return true;  // class handle
    if (typeof v === 'function' && v.values && typeof v.values === 'object') return true;  // enum
    return false;
  });
}

describe('nn.d.ts declares the module exactly', () => {
  test('every export of the module is declared, and every declared export exists', () => {
    const declared = members('interface', 'NNModule');
    expect(declared.length).toBeGreaterThan(5);
    expect(registeredExports().sort()).toEqual([...declared].sort());
  });

  test.each(['Trainer', 'Lab', 'Regression', 'ImageTrainer', 'Sketch', 'Table', 'TabularTrainer', 'ActivationCurves', 'Walkthrough'])('class %s: declared methods are the bound methods', (name) => {
    const bound = Object.getOwnPropertyNames(core[name].prototype).filter((m) => !EMBIND_HANDLE_METHODS.has(m));
    const declared = members('declare class', name).filter((m) => m !== 'delete');
    expect(bound.sort()).toEqual(declared.sort());
  });

  test('enums have exactly the declared values', () => {
    for (const name of ['Status', 'SpecChange']) {
      const declared = members('interface', `${name}Enum`);
      expect(Object.keys(core[name].values).length).toBe(declared.length);
      for (const v of declared) expect(core[name][v]?.value, `${name}.${v}`).toBeTypeOf('number');
    }
  });

  test('value objects have exactly the declared fields', () => {
    const t = new core.Trainer('{}');
    const lab = new core.Lab(1);
    lab.setSurface('quadratic', 1, 10, 0);
    const i = lab.addRacer('adam', core.defaultOptimizerParams());
    const samples = {
      Metrics: t.metrics(),
      OptimizerParams: core.defaultOptimizerParams(),
      RacerHead: lab.head(i),
      SurfaceInfo: lab.surface(),
      Point: lab.start(),
      QuadraticAnalysis: lab.quadratic(),
      ContourMap: lab.contour(16, 4),
    };
    for (const [name, value] of Object.entries(samples)) expect(Object.keys(value).sort(), name).toEqual(members('interface', name).sort());
    t.delete();
    lab.delete();
  });

  test('the catalog has the declared top-level keys', () => {
    const catalog = JSON.parse(core.catalog());
    expect(Object.keys(catalog).sort()).toEqual(members('interface', 'Catalog').sort());
    for (const field of Object.values(catalog.fields))
      for (const key of ['min', 'max', 'default', 'integer', 'scale', 'step', 'sliderMin', 'sliderMax', 'choices']) expect(field).toHaveProperty(key);
  });
});
