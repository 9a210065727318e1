import {
  gather,
  walkInputs,
  type Found,
  type FoundInputs,
  type Input,
  type InputNotice,
} from '../input/find-inputs.js';

/**
 * A batch's applications as the command knows them when judging begins: the first
 * ones found, and the walk that goes on finding the rest, so that a batch of any size
 * is never held as a list.
 */
export interface BatchInputs {
  /** What was walked, from where: a reading thread walks it again when there is a `rest`. */
  args: readonly string[];
  cwd: string;
  /** The applications found so far: all of them when there is no `rest`. */
  head: readonly Input[];
  /** The walk, where it goes on past `head`. */
  rest?: Iterator<Found>;
  /** How many notices the walk gave while finding `head`: told already. */
  told: number;
}

export type FileInput = Input & { kind: 'file' };

/**
 * The walk's first `enough` applications, and what it said meanwhile: whether the
 * batch is small (it ended), how to judge it, what to tell before judging begins.
 */
export function startBatch(
  args: readonly string[],
  enough: number,
  cwd = process.cwd(),
): { batch: BatchInputs; notices: InputNotice[] } {
  const walk = walkInputs(args, cwd);
  const found: FoundInputs = { inputs: [], notices: [] };
  const ended = gather(walk, enough, found);
  const batch: BatchInputs = { args, cwd, head: found.inputs, told: found.notices.length };
  return { batch: ended ? batch : { ...batch, rest: walk }, notices: found.notices };
}

/** The batch as one list, and what the rest of the walk said: for a batch read from stdin, which only this thread can read. */
export function wholeBatch({ batch, notices }: { batch: BatchInputs; notices: InputNotice[] }): {
  batch: BatchInputs;
  notices: InputNotice[];
} {
  if (!batch.rest) return { batch, notices };
  const found: FoundInputs = { inputs: [...batch.head], notices: [...notices] };
  gather(batch.rest, Infinity, found);
  return {
    batch: { args: batch.args, cwd: batch.cwd, head: found.inputs, told: found.notices.length },
    notices: found.notices,
  };
}

/** The batch's applications in order, the walk's later notices told as they come. */
export function* inputsOf(batch: BatchInputs, tell: (n: InputNotice) => void = () => {}): Generator<Input> {
  yield* batch.head;
  if (!batch.rest) return;
  for (let next = batch.rest.next(); !next.done; next = batch.rest.next()) {
    if (next.value.input) yield next.value.input;
    else tell(next.value.notice);
  }
}

/** Whether every application of the batch is a file (none is stdin): a thread of its own can read them. */
export function allFiles(batch: BatchInputs): boolean {
  return batch.rest ? !batch.args.includes('-') : batch.head.every((i) => i.kind === 'file');
}
