import { describe, expect, it } from 'vitest';
import { Turns } from '../../web/shared/turns.js';

const ALL = { thumbnails: true, links: true, numbers: true };

describe('Turns', () => {
  it('draws everything on a run\'s first frame, then one view per frame in turn', () => {
    const turns = new Turns(['thumbnails', 'links', 'numbers']);
    expect(turns.take(true)).toEqual(ALL);  // play pressed: the first frame is whole
    const seen = [];
    for (let i = 0; i < 6; i++) seen.push(Object.keys(turns.take(true)));
    expect(seen).toEqual([['thumbnails'], ['links'], ['numbers'], ['thumbnails'], ['links'], ['numbers']]);
  });

  it('draws everything when nothing plays, and a new run starts whole again', () => {
    const turns = new Turns(['thumbnails', 'links', 'numbers']);
    turns.take(true);
    turns.take(true);
    expect(turns.take(false)).toEqual(ALL);
    expect(turns.take(false)).toEqual(ALL);
    expect(turns.take(true)).toEqual(ALL);
    expect(Object.keys(turns.take(true))).toEqual(['links']);  // the turns go on where they were
  });
});
