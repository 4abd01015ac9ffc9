// While training plays, the views that need not follow every frame take turns: each frame
// draws the big picture (the decision boundary) and ONE of the others, so no frame pays for
// all of them. With three views at 60 frames per second each is redrawn 20 times a second —
// faster than the eye reads a number or a thumbnail changing, and the frame's cost is the
// boundary plus the dearest view instead of the sum. When nothing plays every view is drawn at
// once (a Step, a click, a pause), so what stays on screen is always the final state.

export class Turns {
  constructor(names) {
    this.names = names;
    this.next = 0;
  }

  /**
   * The views to draw this frame: {name: true} for the one whose turn it is while `playing`,
   * every name when not.
   */
  take(playing) {
    if (!playing) return Object.fromEntries(this.names.map((n) => [n, true]));
    const name = this.names[this.next];
    this.next = (this.next + 1) % this.names.length;
    return { [name]: true };
  }
}
