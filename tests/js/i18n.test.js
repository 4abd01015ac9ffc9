// Every string exists in both languages, and every placeholder is the same in both.
import { test, expect } from 'vitest';
import { strings } from '../../web/i18n.js';

const placeholders = (s) => (s.match(/\{\w+\}/g) || []).sort().join(',');

test('English and Chinese have the same keys and placeholders', () => {
  expect(Object.keys(strings.zh).sort()).toEqual(Object.keys(strings.en).sort());
  for (const key of Object.keys(strings.en)) expect([key, placeholders(strings.zh[key])]).toEqual([key, placeholders(strings.en[key])]);
});

test('the tooltips use the course’s words', () => {
  expect(strings.en.hp_momentumTip).toContain('walks faster in a direction that keeps pointing the same way');
  expect(strings.en.regularizationTip).toContain('L1 gives sparse weights');
});
