// Build step: bundle the compiled CLI so that start-up reads a few files instead of
// resolving and loading every module of the program and its dependencies.
import { rmSync } from 'node:fs';
import { build } from 'rolldown';

/**
 * cli-table3 0.6.5 cuts every cell to ten characters for a debug line, at every line
 * it draws, even with debugging off: most of the time `match` spends drawing its
 * table (docs/PERFORMANCE.md). Fixed upstream (cli-table3 PR #362); remove this patch
 * when a release with the fix is out.
 */
const cliTable3DebugCut = {
  name: 'cli-table3-debug-cut',
  transform(code, id) {
    if (!/[\\/]cli-table3[\\/]src[\\/]cell\.js$/.test(id)) return null;
    const slow = 'let content = utils.truncate(this.content, 10, this.truncate);';
    if (!code.includes(slow)) throw new Error(`cli-table3 changed: review ${id}`);
    return code.replace(slow, "let content = '';");
  },
};

rmSync('dist/bundle', { recursive: true, force: true });
await build({
  input: { main: 'dist/cli/main.js', worker: 'dist/check/worker.js' },
  platform: 'node',
  // exceljs (and its zip and stream dependencies) loads only for a workbook, from node_modules.
  external: [/^node:/, 'node-pty', 'exceljs'],
  plugins: [cliTable3DebugCut],
  // Chunks all ASCII (strings escaped, doc comments left in dist/): Node decodes
  // them faster and V8 keeps one byte a character. Minified: V8 parses every byte a
  // command loads, and compiles again each function it runs (docs/PERFORMANCE.md, start-up).
  output: {
    dir: 'dist/bundle',
    format: 'esm',
    charset: 'ascii',
    minify: true,
    comments: { jsdoc: false },
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
  },
  logLevel: 'warn',
});
