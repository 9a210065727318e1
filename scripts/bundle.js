// Build step: bundle the compiled CLI so that start-up reads a few files instead of
// resolving and loading every module of the program and its dependencies.
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'rolldown';

/**
 * Every character that is an emoji on its own, surrogates (the emoji beyond the first
 * plane) and the characters that make an emoji of others (U+FE0F, U+20E3, U+200D).
 */
function emojiStartClass() {
  const require = createRequire(import.meta.resolve('cli-table3'));
  const emojiRegex = createRequire(require.resolve('string-width'))('emoji-regex');
  const whole = new RegExp(`^(?:${emojiRegex().source})`);
  const starts = [];
  for (let c = 0x20; c < 0xd800; c++) if (whole.test(String.fromCharCode(c))) starts.push(c);
  const hex = (c) => `\\u${c.toString(16).padStart(4, '0')}`;
  let out = '';
  for (let i = 0; i < starts.length; i++) {
    let j = i;
    while (starts[j + 1] === starts[j] + 1) j++;
    out += j > i ? `${hex(starts[i])}-${hex(starts[j])}` : hex(starts[i]);
    i = j;
  }
  return `[${out}\\ud800-\\udfff\\ufe0f\\u20e3\\u200d]`;
}

/**
 * Hot spots of dependencies, patched at build time. string-width 4 (under cli-table3)
 * runs the whole emoji expression, and strip-ansi compiles its own, over every cell it
 * measures: half of `list`'s run time. Text with no character an emoji can start with,
 * or no escape character, cannot match them.
 */
const dependencyPatches = {
  name: 'dependency-patches',
  transform(code, id) {
    // strip-ansi builds its expression anew at every call; build it once, and skip it
    // for text with no escape character at all.
    if (/[\\/]strip-ansi[\\/]index\.js$/.test(id)) {
      const slow = "module.exports = string => typeof string === 'string' ? string.replace(ansiRegex(), '') : string;";
      if (!code.includes(slow)) throw new Error(`strip-ansi changed: review ${id}`);
      return code.replace(
        slow,
        "const ansi = ansiRegex();\nmodule.exports = string => typeof string === 'string' ? (/[\\u001b\\u009b]/.test(string) ? string.replace(ansi, '') : string) : string;",
      );
    }
    // cli-table3 cuts every cell to ten characters for a debug line, at every line it
    // draws, even with debugging off: that was most of the time of a large table.
    if (/[\\/]cli-table3[\\/]src[\\/]cell\.js$/.test(id)) {
      const slow = 'let content = utils.truncate(this.content, 10, this.truncate);';
      if (!code.includes(slow)) throw new Error(`cli-table3 changed: review ${id}`);
      return code.replace(slow, "let content = '';");
    }
    // commander loads child_process at start-up for subcommands run as executables,
    // which this program has none of: a few milliseconds of every command, `--help` too.
    if (/[\\/]commander[\\/]lib[\\/]command\.js$/.test(id)) {
      const slow = "const childProcess = require('node:child_process');";
      if (!code.includes(slow)) throw new Error(`commander changed: review ${id}`);
      return code.replace(
        slow,
        "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };",
      );
    }
    if (!/[\\/]string-width[\\/]index\.js$/.test(id)) return null;
    const slow = "string = string.replace(emojiRegex(), '  ');";
    if (!code.includes(slow)) throw new Error(`string-width changed: review ${id}`);
    return code.replace(slow, `if (/${EMOJI_START}/.test(string)) ${slow}`);
  },
};

const EMOJI_START = emojiStartClass();
rmSync('dist/bundle', { recursive: true, force: true });
await build({
  input: { main: 'dist/cli/main.js', worker: 'dist/check/worker.js', 'reader-worker': 'dist/check/reader-worker.js' },
  platform: 'node',
  // exceljs (and its zip and stream dependencies) loads only for a workbook, from node_modules.
  external: [/^node:/, 'node-pty', 'exceljs'],
  plugins: [dependencyPatches],
  output: { dir: 'dist/bundle', format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
  logLevel: 'warn',
});
