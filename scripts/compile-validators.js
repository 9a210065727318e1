// Build step: compile each built-in guide's application and profile schemas (ids only)
// into standalone validators, so that `check` accepts a well-formed file, and `match` a
// well-formed profile, without running zod over it. Runs after compile-guidelines.js, from the JSON that step validated.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { build } from 'rolldown';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { buildGuideline } = await import('../dist/guideline/model.js');
const { ACCEPTED, acceptJsonSchema, ACCEPT_AJV_OPTIONS } = await import('../dist/application/accept-schema.js');
const { acceptFile } = await import('../dist/application/fast-accept.js');
const dir = join(root, 'dist', 'guidelines');
// Inside the project, so that the generated code's imports of ajv's runtime resolve.
const work = mkdtempSync(join(root, 'dist', '.accept-'));
try {
  for (const name of readdirSync(dir).filter((f) => /^[^.]+\.json$/.test(f))) {
    const id = name.replace(/\.json$/, '');
    const g = buildGuideline(JSON.parse(readFileSync(join(dir, name), 'utf8')), 'built-in');
    for (const kind of Object.keys(ACCEPTED)) {
      const ajv = new Ajv2020.default(ACCEPT_AJV_OPTIONS);
      const source = join(work, `${id}.${kind}.js`);
      writeFileSync(source, standaloneCode.default(ajv, ajv.compile(acceptJsonSchema(g, kind))));
      // One file with ajv's few runtime helpers inlined: it is loaded by path at run time.
      // Minified, as nobody reads generated code: the profile's is half the size to compile.
      await build({
        input: source,
        platform: 'node',
        output: { file: join(dir, acceptFile(id, kind)), format: 'esm', minify: true },
        logLevel: 'warn',
      });
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
