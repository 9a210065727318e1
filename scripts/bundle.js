// Build step: bundle the compiled CLI so that start-up reads a few files instead of
// resolving and loading every module of the program and its dependencies.
import { rmSync } from 'node:fs';
import { build } from 'rolldown';

/**
 * string-width 4 (under cli-table3) runs the whole emoji expression over every cell
 * it measures, which was half of `list`'s run time. Text without a character an
 * emoji can start with cannot match it, so the expression is skipped for such text.
 */
const fastStringWidth = {
  name: 'fast-string-width',
  transform(code, id) {
    if (!/[\\/]string-width[\\/]index\.js$/.test(id)) return null;
    const slow = "string = string.replace(emojiRegex(), '  ');";
    if (!code.includes(slow)) throw new Error(`string-width changed: review ${id}`);
    return code.replace(slow, "if (/[\\u00a9\\u00ae\\u203c-\\u3299\\ud800-\\udfff\\ufe0f\\u20e3]/.test(string)) " + slow);
  },
};

rmSync('dist/bundle', { recursive: true, force: true });
await build({
  input: { main: 'dist/cli/main.js', worker: 'dist/check/worker.js' },
  platform: 'node',
  external: [/^node:/, 'node-pty'],
  plugins: [fastStringWidth],
  output: { dir: 'dist/bundle', format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
  logLevel: 'warn',
});
