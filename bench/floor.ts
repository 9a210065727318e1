import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { parseDocument } from 'yaml';

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
  if (mode === 'yaml') parseDocument(text);
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
