import { gather, walkInputs, type FoundInputs, type InputNotice } from '../input/find-inputs.js';
import type { FileInput } from './batch-inputs.js';

/** A stretch of the walk: up to a chunk's applications, what was said on the way, and whether the walk ended there. */
export interface WalkChunk {
  inputs: FileInput[];
  notices: InputNotice[];
  last: boolean;
}

/** What the reading thread is given: the walk to make (a batch still being found), or the files (a batch all known). */
export type ReadSource = { args: readonly string[]; cwd: string } | { inputs: readonly FileInput[] };

/**
 * The batch cut into chunks of `size` applications, the same cuts wherever it is
 * walked, so that the main thread and the reading thread agree on what chunk `id` holds.
 */
export function* walkChunks(source: ReadSource, size: number): Generator<WalkChunk> {
  if ('inputs' in source) {
    for (let i = 0; i < source.inputs.length || i === 0; i += size) {
      yield { inputs: source.inputs.slice(i, i + size), notices: [], last: i + size >= source.inputs.length };
    }
    return;
  }
  const walk = walkInputs(source.args, source.cwd);
  for (;;) {
    const found: FoundInputs = { inputs: [], notices: [] };
    const last = gather(walk, size, found);
    // A batch with stdin in it is judged on the main thread alone: no such input comes here.
    yield { inputs: found.inputs as FileInput[], notices: found.notices, last };
    if (last) return;
  }
}
