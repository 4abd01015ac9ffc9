// Updates that would together make one long frame, spread over the next animation frames, one
// per frame. The images page receives every view of an epoch's end at once (predictions for
// all test images, the confusion matrix, the first layer's weights); drawn in one task they
// were its longest frame while training. Jobs have names: a newer job of the same name replaces
// one still waiting, so a view never draws stale data twice behind a fresher copy.

export class FrameQueue {
  constructor(requestFrame = (f) => requestAnimationFrame(f)) {
    this.requestFrame = requestFrame;
    this.jobs = new Map();  // name → job, in the order they were first queued
    this.scheduled = false;
  }

  /** Runs job() in a coming animation frame, after the jobs queued before it. */
  set(name, job) {
    this.jobs.set(name, job);
    if (!this.scheduled) {
      this.scheduled = true;
      this.requestFrame(() => this.runOne());
    }
  }

  get size() { return this.jobs.size; }

  runOne() {
    this.scheduled = false;
    this.runNext();
    if (this.jobs.size) {
      this.scheduled = true;
      this.requestFrame(() => this.runOne());
    }
  }

  runNext() {
    const [name, job] = this.jobs.entries().next().value ?? [];
    if (!name) return;
    this.jobs.delete(name);
    job();
  }
}
