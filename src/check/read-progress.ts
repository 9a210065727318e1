/**
 * The shared memory a batch's reading is paced by (read-ahead.ts, reader-worker.ts):
 * `JUDGING`, the chunk the main thread is judging; `WAKE_AT`, the chunk from which
 * the reading thread, asleep, wants waking.
 */
export const JUDGING = 0;
export const WAKE_AT = 1;
