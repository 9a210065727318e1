// Build step: validate each built-in guideline and leave it as JSON beside the code,
// so that the CLI loads it without parsing YAML or running zod at every start.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { parseGuidelineFile } = await import('../dist/guideline/load.js');
const out = join(root, 'dist', 'guidelines');
mkdirSync(out, { recursive: true });
for (const name of readdirSync(join(root, 'guidelines')).filter((f) => f.endsWith('.yaml'))) {
  try {
    const g = parseGuidelineFile(join(root, 'guidelines', name), 'en');
    writeFileSync(join(out, name.replace(/\.yaml$/, '.json')), JSON.stringify(g.file));
  } catch (e) {
    const problems = e.problems ?? [];
    console.error(
      `${e.message}\n${problems.map((p) => `${p.file}:${p.position?.line ?? '?'}:${p.position?.column ?? '?'}  ${p.message}`).join('\n')}`,
    );
    process.exit(1);
  }
}
