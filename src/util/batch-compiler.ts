import { setFlagsFromString } from 'node:v8';

/**
 * Why: in a batch the optimising compiler works as hard as the judging. Over 10,000
 * files V8's TurboFan spent about 1 s of CPU on its background threads (`--trace-opt`),
 * as much as the main thread's judging, and on two cores the run is bound by the sum.
 * Inlining makes each of its jobs several times bigger, and the code it gives was not
 * faster enough to pay for them: without it, 10 alternating runs of 10,000 files took
 * 7% less time and 9% less CPU (1,240 → 1,150 ms), 1,000 files the same time, 100,000
 * files less too. V8's flags are the process's and its compiler reads this one at
 * each job: set when a batch starts (check.ts) and by its threads as they start, a
 * thread's start being where V8's flags could be put back (young-generation.ts).
 */
export function compileForBatch(): void {
  try {
    setFlagsFromString('--no-turbo-inlining');
  } catch {
    // A V8 that refuses flags at run time compiles as it likes: only time is at stake.
  }
}
