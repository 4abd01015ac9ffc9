// The regression page's link (web/regression/page-state.js): CSV data keep the file (a shipped
// example by its id, a student's own file by its name) and the chosen x and y columns, so a
// reload or a shared link chooses them again; a half-written CSV link is named, not guessed.
import { test, expect } from 'vitest';
import { linkPairs, stateFromPairs } from '../../web/regression/page-state.js';

const defaults = {
  source: 'line', line: { weight: 2, bias: 1, noise: 0.5, points: 40, xMin: -3, xMax: 3 }, seed: 1,
  drawn: [[0, 0]], csv: null, csvWanted: null, standardize: false, standardizeTargets: false,
  optimizer: { kind: 'sgd', learningRate: 0.05, momentum: 0.9, rho: 0.9, beta1: 0.9, beta2: 0.999, epsilon: 1e-8, weightDecay: 0.01 },
  batchSize: 0, speed: 1, start: null,
};
const csvState = (extra) => ({ ...structuredClone(defaults), source: 'csv',
  csv: { name: 'ames.csv', text: 'a,b', columns: [], rows: 2930, x: ['Gr_Liv_Area', 'Year,Built'], y: 'Sale_Price', ...extra } });

test('a shipped CSV: the link names its id and every column, and reads back to the same wish', () => {
  const pairs = linkPairs(csvState({ example: 'ames' }), defaults);
  expect(pairs).toEqual([['src', 'csv'], ['csv', 'ames'], ['cx', 'Gr_Liv_Area'], ['cx', 'Year,Built'], ['cy', 'Sale_Price']]);
  const errors = [];
  const back = stateFromPairs(pairs, defaults, errors);
  expect(errors).toEqual([]);
  expect(back.csvWanted).toEqual({ example: 'ames', x: ['Gr_Liv_Area', 'Year,Built'], y: 'Sale_Price' });
  expect(back.source).toBe('line');  // until the page has read the file
});

test('a student’s own file: the link keeps its name and columns while it waits to be picked again', () => {
  const pairs = linkPairs(csvState({ name: 'mine.csv' }), defaults);
  expect(pairs).toContainEqual(['csvfile', 'mine.csv']);
  const errors = [];
  const waiting = stateFromPairs(pairs, defaults, errors);
  expect(errors).toEqual([]);
  expect(waiting.csvWanted).toEqual({ file: 'mine.csv', x: ['Gr_Liv_Area', 'Year,Built'], y: 'Sale_Price' });
  // The waiting state writes the same link: nothing is lost by a reload before the file comes.
  expect(linkPairs(waiting, defaults)).toEqual(pairs);
});

test('half a CSV link is named', () => {
  const read = (pairs) => { const errors = []; const s = stateFromPairs(pairs, defaults, errors); return { s, errors }; };
  expect(read([['src', 'csv']]).errors[0]).toMatch(/needs csv=<example> or csvfile=<name>/);
  expect(read([['src', 'csv'], ['csv', 'ames'], ['cy', 'Sale_Price']]).errors[0]).toMatch(/needs the columns/);
  expect(read([['csv', 'ames'], ['cx', 'a'], ['cy', 'b']]).errors[0]).toMatch(/only with src=csv/);
  expect(read([['src', 'csv'], ['csv', 'ames'], ['cx', 'a'], ['cy', 'b']]).s.csvWanted).not.toBeNull();
});
