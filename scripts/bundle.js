// Build step: bundle the compiled CLI so that start-up reads a few files instead of
// resolving and loading every module of the program and its dependencies.
import { rmSync } from 'node:fs';
import { build } from 'rolldown';

rmSync('dist/bundle', { recursive: true, force: true });
await build({
  input: { main: 'dist/cli/main.js', worker: 'dist/check/worker.js' },
  platform: 'node',
  external: process.env.BUNDLE_EXTERNAL ? [/^[^./]/] : [/^node:/, 'node-pty'],
  output: { dir: 'dist/bundle', format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
  logLevel: 'warn',
});
