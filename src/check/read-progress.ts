/**
 * The shared memory a batch's reading is paced by (read-ahead.ts, reader-worker.ts):
 * `JUDGING`, the chunk the main thread is judging; `WAKE_AT`, the chunk from which
 * the reading thread, asleep, wants waking; `POSTED`, how many chunks the reading
 * thread has handed over; `TOTAL`, the batch's size once counted (-1 until then).
 */
export const JUDGING = 0;
export const WAKE_AT = 1;
export const POSTED = 2;
export const TOTAL = 3;
export const SLOTS = 4;
