import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { parseDocument } from 'yaml';
import { SAFE_OPTIONS } from '../src/yaml/parse.js';

/** The floors `check` is measured against: only reading, or reading and parsing, the same files. */
function* walk(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (p.endsWith('.yaml')) yield p;
  }
}

const [mode, dir] = process.argv.slice(2) as [string, string];
let n = 0;
for (const file of walk(dir)) {
  const text = readFileSync(file, 'utf8');
  // As the strict reader parses: with the package's defaults, each key is compared with
  // every key before it, and 20,000 keys take seconds that no check of ours spends.
  if (mode === 'yaml') parseDocument(text, { ...SAFE_OPTIONS, uniqueKeys: false });
  else if (mode === 'js-yaml') {
    try {
      jsYaml.load(text);
    } catch {
      // a broken file is part of the corpus
    }
  }
  n++;
}
process.stderr.write(`${n}\n`);
