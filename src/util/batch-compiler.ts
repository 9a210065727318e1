import { setFlagsFromString } from 'node:v8';

/**
 * Why: in a batch the optimising compiler works as hard as the judging. Over 10,000
 * files V8's TurboFan spent 1.3–1.5 s of CPU on its background threads (`--trace-opt`),
 * as much as the main thread's judging, and on two cores the run is bound by the sum.
 * Without inlining its jobs are more (205 against 152) but smaller, a third less in
 * all (0.9–1.0 s), and the code they give is fast enough: 10 alternating runs of
 * 10,000 files took 7–10% less time and 9–11% less CPU (1,630 → 1,470 ms), 1,000
 * files 10% less (710 → 640 ms), 100,000 files less too. V8's flags are the process's and its compiler reads this one at
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
