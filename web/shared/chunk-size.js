// How many mini-batches the training worker asks the core for next, so a chunk lasts about
// `targetMs` and Stop or a drawing's prediction waits at most that long. Grows gently (×2),
// shrinks at once. A chunk cut short by the end of an epoch says nothing about how many more
// would fit, so it never grows the count: on a small data set every chunk ends an epoch in a
// fraction of a millisecond, and doubling each time would pass the core's limit (10⁶) within
// twenty epochs.
export const MAX_BATCHES = 1000000;

export function nextChunkSize(batches, ms, { targetMs, epochEnded }) {
  const fits = Math.round((batches * targetMs) / Math.max(ms, 0.1));
  const grown = epochEnded ? batches : batches * 2;
  return Math.max(1, Math.min(grown, fits, MAX_BATCHES));
}
