import { Command, CommanderError, Help, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { setLang } from '../i18n/index.js';
import { resolveLang } from '../i18n/lang.js';
import { cliMessages } from '../i18n/messages/cli.js';
import { escapeControl, escapeControlLines } from '../util/escape-control.js';
import { displayWidth, indentWrapped, outputColumns, wrapLines, wrapText } from '../report/wrap-text.js';
import { closest } from '../util/closest.js';
import { createContext, type CliContext } from './context.js';
import { DEFAULT_GUIDELINE } from '../guideline/built-in.js';
import { isCliError, ProblemsError } from '../util/errors.js';

/**
 * The program: flags and help only. Every command's work lives in its own module,
 * imported when that command runs, so `--help` costs no more than commander.
 */
const argv = process.argv.slice(2);
const lang = resolveLang(argv, process.env);
setLang(lang);
const m = cliMessages[lang];

/** commander's `[options]`, `[command]` in usage lines, in the user's language. */
function localUsage(text: string): string {
  return text.replace('[options]', m.usageOptions).replace('[command]', m.usageCommand);
}

function examples(cmd: Command, lines: string[]): Command {
  return cmd.addHelpText('after', `\n${m.examplesTitle}\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`);
}

let context: CliContext | undefined;
function ctx(): CliContext {
  const opts = program.opts<{ guideline?: string }>();
  return (context ??= createContext(lang, opts.guideline));
}

type Action = (ctx: CliContext, ...args: never[]) => Promise<void>;
/** Runs `run` of a command module loaded on demand. */
function lazy(load: () => Promise<{ run: Action }>) {
  return async (...args: unknown[]) => {
    const mod = await load();
    // commander passes (...arguments, options, command); the command is not needed.
    await (mod.run as (c: CliContext, ...a: unknown[]) => Promise<void>)(ctx(), ...args.slice(0, -1));
  };
}

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
const program = new Command('guilin-grants');
program
  .description(m.programDescription)
  .version(pkg.version, '-V, --version', m.opt.version)
  .helpOption('-h, --help', m.opt.help)
  .helpCommand('help [command]', m.cmd.help)
  .addOption(new Option('--guideline <file|id>', m.opt.guideline(DEFAULT_GUIDELINE)))
  .addOption(new Option('--lang <lang>', m.opt.lang).choices(['zh', 'en']))
  .configureHelp({
    showGlobalOptions: true,
    styleTitle: (s) => m.titles[s] ?? s,
    // Descriptions already name the choices and defaults in the user's language.
    optionDescription: (o) => o.description,
    styleUsage: (s) => localUsage(s),
    subcommandTerm(cmd) {
      return localUsage(Help.prototype.subcommandTerm.call(this, cmd));
    },
    // Chinese characters take two columns: commander counts one.
    displayWidth: (s) => displayWidth(s),
    // Commander breaks only at spaces, which Chinese has none of: a description ran past
    // the terminal's edge and lost its indent. Ours breaks Chinese anywhere.
    boxWrap(str, width) {
      return width < (this.minWidthToWrap ?? 40) ? str : wrapText(str, width);
    },
  })
  .configureOutput({ writeErr: () => {} })
  .exitOverride()
  .showSuggestionAfterError(false);
examples(program, m.examples.program);

/** A command of `parent`, with its examples under its help, erring through the handler below. */
function sub(name: string, description: string, exampleLines?: string[], parent = program): Command {
  const cmd = parent.command(name).description(description).helpOption('-h, --help', m.opt.help);
  cmd.configureOutput({ writeErr: () => {} }).exitOverride();
  return exampleLines ? examples(cmd, exampleLines) : cmd;
}

sub('list', m.cmd.list, m.examples.list)
  .option('--field <field>', m.opt.field)
  .option('--office <office>', m.opt.office)
  .option('--type <type>', m.opt.type)
  .option('--json', m.opt.json)
  .action(lazy(() => import('./commands/list.js')));

sub('show', m.cmd.show, m.examples.show)
  .argument('<code>', m.arg.code)
  .option('--json', m.opt.json)
  .action(lazy(() => import('./commands/show.js')));

sub('match', m.cmd.match, m.examples.match)
  .option('--profile <file>', m.opt.profile)
  .option('--save-profile <file>', m.opt.saveProfile)
  .option('--detail <code>', m.opt.detail)
  .option('--json', m.opt.json)
  .option('--force', m.opt.force)
  .action(lazy(() => import('./commands/match.js')));

sub('check', m.cmd.check, m.examples.check)
  .argument('[paths...]', m.arg.paths)
  .addOption(
    new Option('--format <format>', m.opt.format)
      .choices(['table', 'json', 'csv', 'markdown', 'register', 'xlsx', 'html'])
      .default('table'),
  )
  .option('--json', m.opt.json)
  .option('-o, --output <file>', m.opt.output)
  .option('--force', m.opt.force)
  .option('-q, --quiet', m.opt.quiet)
  .option('--summary', m.opt.summary)
  .option('--encoding <encoding>', m.opt.encoding)
  .option('-j, --jobs <n>', m.opt.jobs)
  .option('--fix', m.opt.fix)
  .option('--dry-run', m.opt.fixDryRun)
  .action(lazy(() => import('./commands/check.js')));

sub('init', m.cmd.init, m.examples.init)
  .argument('<code>', m.arg.code)
  .argument('[dir]', m.arg.dir)
  .option('--tier <tier>', m.opt.tier)
  .option('--profile <file>', m.opt.initProfile)
  .option('--dry-run', m.opt.dryRun)
  .option('--force', m.opt.force)
  .option('--json', m.opt.json)
  .action(lazy(() => import('./commands/init.js')));

sub('export', m.cmd.export, m.examples.export)
  .argument('<dir>', m.arg.folder)
  .option('--force', m.exportForce)
  .option('--json', m.opt.json)
  .action(lazy(() => import('./commands/export.js')));

sub('schema', m.cmd.schema, m.examples.schema).action(lazy(() => import('./commands/schema.js')));

const guideline = sub('guideline', m.cmd.guideline);
guideline.helpCommand(false);
sub('validate', m.cmd.guidelineValidate, m.examples.guidelineValidate, guideline)
  .argument('<file>', m.arg.file)
  .option('--source <text>', m.opt.source)
  .option('--json', m.opt.json)
  .action(lazy(() => import('./commands/guideline-validate.js')))
  // The file it validates is its argument: the global --guideline has nothing to do there.
  .configureHelp({
    ...program.configureHelp(),
    visibleGlobalOptions(cmd) {
      return Help.prototype.visibleGlobalOptions.call(this, cmd).filter((o) => o.long !== '--guideline');
    },
  });

/** Commander's own errors, in the user's language and with our own suggestions. */
function explain(e: CommanderError): string {
  const quoted = /'([^']*)'/.exec(e.message)?.[1] ?? '';
  const active = findCommand(argv);
  const path = active === program ? '' : `${commandPath(active)} `;
  switch (e.code) {
    case 'commander.unknownCommand': {
      const names = program.commands.map((c) => c.name());
      const near = closest(quoted, names);
      return m.unknownCommand(quoted, near ? m.didYouMean(`guilin-grants ${near}`) : m.seeHelp(''));
    }
    case 'commander.unknownOption': {
      const flags = [...active.options, ...program.options].map((o) => o.long).filter((f): f is string => !!f);
      const near = closest(quoted.split('=')[0]!, flags);
      return m.unknownOption(quoted, near ? m.didYouMean(near) : m.seeHelp(path));
    }
    case 'commander.missingArgument':
      return m.missingArgument(quoted, path.trim());
    case 'commander.optionMissingArgument':
      return m.optionMissingArgument(quoted.split(' ')[0] ?? quoted);
    case 'commander.excessArguments':
      return m.excessArguments(path.trim());
    case 'commander.invalidArgument': {
      const choices = /Allowed choices are (.*)\./.exec(e.message)?.[1] ?? '';
      const opt = /option '([^']*)'/.exec(e.message)?.[1] ?? '';
      const value = /argument '([^']*)'/.exec(e.message)?.[1] ?? '';
      return m.invalidChoice(opt.split(' ')[0] ?? opt, value, choices);
    }
    default:
      return e.message.replace(/^error: /, '');
  }
}

function findCommand(args: string[]): Command {
  let cmd: Command = program;
  for (const a of args) {
    if (a.startsWith('-')) continue;
    const next = cmd.commands.find((c) => c.name() === a);
    if (!next) break;
    cmd = next;
  }
  return cmd;
}

function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c && c !== program; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

// A closed pipe (`check … | head`) is a reader that has seen enough, not an error: the
// stream is destroyed and drops what follows, and the command still ends with its
// verdict (a batch streams its report, so the pipe can close before the last file is
// judged). Any other failure (a full disk) cuts the results short: that is said, and
// the run ends with 2 rather than with a verdict on results nobody got. On stderr
// there is no one left to tell; a closed one (`check --fix … 2>&1 | head`) is a reader
// gone as on stdout, and the run goes on to its verdict, its fixes all made.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') return;
  process.stderr.write(`${m.stdoutFailed(e.code ?? 'EIO')}\n`);
  process.exit(2);
});
process.stderr.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') process.exit(process.exitCode ?? 0);
});

// Ctrl-C outside a prompt (a long batch): one line and 130, as inside one. Nothing is
// left half-written: every file goes into place by a rename, and a temporary file
// still open is removed on exit (util/write-file.ts).
process.on('SIGINT', () => {
  process.stderr.write(`${m.interrupted}\n`);
  process.exit(130);
});
// A termination signal (a batch system's SIGTERM, a closed terminal's SIGHUP) stops the
// run alike: silently, without a report, and by the signal itself, so that whoever sent
// it sees the process die of it (a shell shows 128 + its number). A report being written
// removes its temporary file first and raises the signal again (util/write-file.ts). A
// long batch yields to the event loop often enough to hear them (commands/check.ts).
for (const signal of ['SIGTERM', 'SIGHUP'] as const) {
  const die = () => {
    if (process.listenerCount(signal) > 1) return;
    process.off(signal, die);
    process.kill(process.pid, signal);
  };
  process.on(signal, die);
}

/** The last resort: a defect of ours is one sentence, never a stack trace. */
function unexpected(e: unknown): void {
  process.stderr.write(`${m.unexpected(e instanceof Error ? e.message : String(e))}\n`);
  if (process.env.GUILIN_GRANTS_DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
  process.exitCode = 70;
}
process.on('uncaughtException', (e) => {
  unexpected(e);
  process.exit(70);
});
process.on('unhandledRejection', (e) => {
  unexpected(e);
  process.exit(70);
});

// No top-level await here (nor in any module of the bundle): the bundler merges the
// modules a command shares with the program into the program's own file only when no
// module awaits at its top level, and every file it keeps apart is one more to read
// at each start.
/**
 * An error as a terminal (or COLUMNS) can hold it, wrapped at words; a located problem's
 * later lines indented under its place, so that they do not read as problems of their own.
 */
const errWidth = outputColumns(process.stderr);
const fitted = (text: string) => wrapLines(text, errWidth);
const fittedProblem = (line: string) => {
  if (errWidth === undefined || displayWidth(line) <= errWidth) return line;
  const [first, ...rest] = indentWrapped('  ', line, errWidth);
  return [first!.slice(2), ...rest].join('\n');
};

program.parseAsync(process.argv).catch((e: unknown) => {
  if (e instanceof CommanderError) {
    if (e.code === 'commander.help' && e.exitCode !== 0) {
      // No command given (guilin-grants, guilin-grants guideline): commander's help goes
      // to the stderr silenced above, which left the user with nothing at all.
      const cmd = findCommand(argv);
      cmd.configureOutput({ writeErr: (text) => process.stderr.write(text) });
      cmd.outputHelp({ error: true });
      process.exitCode = 2;
    } else if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') {
      process.exitCode = 0;
    } else {
      process.stderr.write(`${fitted(explain(e))}\n`);
      process.exitCode = 2;
    }
  } else if (isCliError(e)) {
    if (e instanceof ProblemsError) {
      // A located list first, then the one-line verdict the error carries.
      process.stderr.write(
        `${e.problems
          .map((p) =>
            fittedProblem(
              escapeControl(`${p.file}${p.position ? `:${p.position.line}:${p.position.column}` : ''}  ${p.message}`),
            ),
          )
          .join('\n')}\n`,
      );
    }
    // Messages quote what the user wrote or what a folder held: shown escaped, line by line.
    if (e.message && !/^exit \d+$/.test(e.message)) process.stderr.write(`${fitted(escapeControlLines(e.message))}\n`);
    process.exitCode = e.exitCode;
  } else unexpected(e);
});
