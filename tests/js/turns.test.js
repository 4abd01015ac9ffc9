import { describe, expect, it } from 'vitest';
import { Turns } from '../../web/shared/turns.js';

describe('Turns', () => {
  it('gives each view one frame in turn while playing, and all of them otherwise', () => {
    const turns = new Turns(['thumbnails', 'links', 'numbers']);
    const seen = [];
    for (let i = 0; i < 6; i++) seen.push(Object.keys(turns.take(true)));
    expect(seen).toEqual([['thumbnails'], ['links'], ['numbers'], ['thumbnails'], ['links'], ['numbers']]);
    expect(turns.take(false)).toEqual({ thumbnails: true, links: true, numbers: true });
    expect(Object.keys(turns.take(true))).toEqual(['thumbnails']);  // a paused frame does not use up a turn
  });
});
