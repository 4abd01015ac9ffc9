// While training plays, the views that need not follow every frame take turns: each frame
// draws the big picture (the decision boundary) and ONE of the others, so no frame pays for
// all of them. With three views at 60 frames per second each is redrawn 20 times a second —
// faster than the eye reads a number or a thumbnail changing, and the frame's cost is the
// boundary plus the dearest view instead of the sum. The first frame of a run and every frame
// when nothing plays (a Step, a click, a pause) draw every view, so a run starts and ends
// with the whole page up to date.

export class Turns {
  constructor(names) {
    this.names = names;
    this.next = 0;
    this.wasPlaying = false;
  }

  /** The views to draw this frame: {name: true} for each. */
  take(playing) {
    const first = playing && !this.wasPlaying;
    this.wasPlaying = playing;
    if (!playing || first) return Object.fromEntries(this.names.map((n) => [n, true]));
    const name = this.names[this.next];
    this.next = (this.next + 1) % this.names.length;
    return { [name]: true };
  }
}
