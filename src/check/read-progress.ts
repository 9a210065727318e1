/**
 * The shared memory a batch's reading is paced by (read-ahead.ts, reader-worker.ts):
 * `JUDGING`, the chunk the main thread is judging; `WAKE_AT`, the chunk from which
 * the reading thread, asleep, wants waking; `POSTED`, how many chunks the reading
 * thread has handed over.
 */
export const JUDGING = 0;
export const WAKE_AT = 1;
export const POSTED = 2;
export const SLOTS = 3;
