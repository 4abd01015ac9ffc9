// Messages stay readable when they quote a huge value from a link or a file.
import { test, expect } from 'vitest';
import { cutLongValues } from '../../web/shared/messages.js';

test('a long run without spaces is cut in the middle; short words are kept', () => {
  const value = `[${'1,'.repeat(2000)}9]`;
  const out = cutLongValues(`model.hidden: must be a list like [4,2], got ${value}`);
  expect(out.startsWith('model.hidden: must be a list like [4,2], got [1,1,')).toBe(true);
  expect(out.endsWith(',1,9]')).toBe(true);
  expect(out).toContain('…');
  expect(out.length).toBeLessThan(200);
  expect(cutLongValues('short words stay as they are')).toBe('short words stay as they are');
});

test('a very long message is cut to a readable length', () => {
  const out = cutLongValues('word '.repeat(1000));
  expect(out.length).toBeLessThanOrEqual(600);
  expect(out.endsWith('…')).toBe(true);
});
