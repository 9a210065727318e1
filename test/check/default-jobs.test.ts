import { describe, expect, it } from 'vitest';
import { defaultJobs } from '../../src/check/run-batch.js';

describe('the default number of threads', () => {
  it('is one on one or two cores, one per core from three, at most eight', () => {
    expect([1, 2, 3, 4, 8, 16].map((cores) => defaultJobs(cores))).toEqual([1, 1, 3, 4, 8, 8]);
  });
});
