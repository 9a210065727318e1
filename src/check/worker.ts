import { parentPort, workerData } from 'node:worker_threads';
import { loadFastAccept } from '../application/fast-accept.js';
import { buildGuideline } from '../guideline/model.js';
import { markPrebuilt } from '../guideline/built-in.js';
import type { GuidelineFile } from '../guideline/schema.js';
import { setLang, type Lang } from '../i18n/index.js';
import type { ReadOptions } from '../input/read-input.js';
import type { FileInput } from '../input/find-inputs.js';
import { cachedExists, cachedFolders, judgeFiles } from './run-batch.js';

/**
 * A worker of the `check` pool: it receives chunks of file inputs and answers with
 * their compact results. The guideline comes already validated from the main thread.
 */
interface Setup {
  guideline: GuidelineFile;
  source: string;
  lang: Lang;
  read: ReadOptions;
  prebuilt: boolean;
}

const setup = workerData as Setup;
setLang(setup.lang);
const guideline = buildGuideline(setup.guideline, setup.source);
if (setup.prebuilt) markPrebuilt(guideline);
// Awaited by each chunk rather than at the top level (see the note in cli/main.ts);
// chunks still answer in the order they came.
const ready = Promise.all([loadFastAccept(guideline), loadFastAccept(guideline, 'profile')]);
const opts = { guideline, lang: setup.lang, read: setup.read, exists: cachedExists(), folders: cachedFolders() };

parentPort!.on('message', async (chunk: { id: number; inputs: FileInput[] }) => {
  await ready;
  parentPort!.postMessage({ id: chunk.id, results: [...judgeFiles(chunk.inputs, opts)] });
});
