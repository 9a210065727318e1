import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The fixture folder of this issue: one file (or folder) per hostile case, and a good application. */
export const FIXTURES = fileURLToPath(new URL('../../fixtures/hostile/', import.meta.url));

/** An application that passes: the good file around each hostile one, and the seed of mutations. */
export const GOOD_APPLICATION = readFileSync(`${FIXTURES}good.yaml`, 'utf8');
