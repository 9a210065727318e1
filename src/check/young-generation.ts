import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/** Where the main thread's young generation stops growing: 8 MB semi-spaces. */
const CAP = 8 * 1024 * 1024;
let capped = false;

/**
 * Stops the young generation growing past `CAP`. V8 doubles it (up to 16 MB
 * semi-spaces) while objects survive collections, and a batch's read-ahead texts do:
 * in 10,000 files the heap reached 52 MB against 28 MB in 1,000. Node cannot set the
 * main thread's young generation from inside the process, but V8 reads its growth
 * factor each time it grows, so a factor of 1 stops it where it is. Measured over
 * 10,000 files: peak memory 126 → 99 MB with the time unchanged (10 alternating
 * runs, 1,310 and 1,260 ms); capping at 4 MB cost 7% more time.
 */
export function capYoungGeneration(): void {
  if (capped) return;
  const young = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  if (!young || young.space_size < CAP) return;
  capped = true;
  try {
    setFlagsFromString('--semi-space-growth-factor=1');
  } catch {
    // A V8 that refuses flags at run time grows as it likes: only memory is at stake.
  }
}
