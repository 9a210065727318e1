import { existsSync } from 'node:fs';
import type { Facts } from '../../application/schema.js';
import type { Guideline } from '../../guideline/model.js';
import { msg } from '../../i18n/index.js';
import { pick } from '../../i18n/lang.js';
import { matchMessages } from '../../i18n/messages/match.js';
import { matchJson } from '../../match/match-json.js';
import { hasCandidates, onScreen, rankLines, type Ranked } from '../../match/rank.js';
import { readProfile } from '../../application/read-profile.js';
import { renderDetail } from '../../match/render-detail.js';
import { loadStyle } from '../../report/style.js';
import { escapeControl } from '../../util/escape-control.js';
import { displayWidth, indentWrapped, outputColumns, wrapText } from '../../report/wrap-text.js';
import type { CliContext } from '../context.js';
import { sayKept } from '../say-kept.js';
import { ExitCode, UsageError } from '../../util/errors.js';
import type { Prompter } from '../../match/prompt.js';

interface MatchOptions {
  profile?: string;
  saveProfile?: string;
  /** One line in full, without questions. */
  detail?: string;
  json?: boolean;
  force?: boolean;
}

export async function run(ctx: CliContext, opts: MatchOptions, prompter?: Prompter): Promise<void> {
  // The table drawer (cli-table3) loads only for a run that draws the table, not for
  // `--json` or a detail; asked for first, its files are read while the guide loads.
  const drawer = opts.json || opts.detail !== undefined ? undefined : import('../../match/render-table.js');
  const g = await ctx.guideline();
  const m = msg(matchMessages, ctx.lang);
  const s = await loadStyle(ctx.colorOut);
  // Refused before any question is asked, so no answers are lost to it; the write checks again.
  // Writing (and the yaml package that saving needs) is loaded only by a run that may save.
  // `--save-profile -` puts the profile on stdout (as `-` is stdin for `--profile`): the
  // ranking then goes to stderr, so stdout holds the profile alone.
  const profileOut = opts.saveProfile === '-';
  if (profileOut && opts.json) throw new UsageError(m.stdoutTwice);
  const show = profileOut ? ctx.err : ctx.out;
  if (opts.saveProfile !== undefined && !profileOut) {
    const refusal = (await import('../../util/write-file.js')).outputRefusal(opts.saveProfile, {
      force: opts.force,
      lang: ctx.lang,
      keep: true,
    });
    if (refusal) throw new UsageError(refusal);
  }

  let facts: Facts;
  let p: Prompter | undefined;
  if (opts.profile !== undefined) {
    facts = await readProfile(opts.profile, g, ctx.lang, { invalid: m.profileInvalid });
    if (facts.guideline !== undefined && facts.guideline !== g.id)
      ctx.err(escapeControl(m.otherGuideline(facts.guideline, g.id)));
  } else {
    if (!prompter && !ctx.interactive) throw new UsageError(m.notInteractive);
    const [{ terminalPrompter }, { questionnaire }] = await Promise.all([
      import('../../match/prompt.js'),
      import('../../match/questionnaire.js'),
    ]);
    p = prompter ?? terminalPrompter(ctx.lang, s);
    facts = await questionnaire(p, g, ctx.lang, show, s, outputColumns() ?? 120);
  }

  const ranked = rankLines(g, facts, ctx.lang);
  const width = outputColumns() ?? 120;
  if (opts.detail !== undefined) {
    const line = g.line(opts.detail);
    const chosen = line && ranked.find((r) => r.line === line);
    if (!chosen) throw new UsageError(m.unknownDetail(opts.detail));
    // Piped without COLUMNS, a detail is not wrapped: only the table needs a width to be drawn.
    if (opts.json) {
      const json = matchJson(g, [chosen], ctx.lang).results[0];
      ctx.out(JSON.stringify(json, null, 2));
    } else ctx.out(renderDetail(g, chosen, ctx.lang, s, outputColumns() ?? Number.POSITIVE_INFINITY));
    if (opts.saveProfile) await save(ctx, g, facts, opts.saveProfile, opts.force === true);
    return;
  }
  if (opts.json) ctx.out(JSON.stringify(matchJson(g, ranked, ctx.lang), null, 2));
  else {
    const { renderMatchTable } = await drawer!;
    show(renderMatchTable(g, facts, ranked, ctx.lang, s, width));
    if (hasCandidates(ranked)) {
      const hint = p ? m.nextSteps : `${m.detailHint}${ctx.lang === 'zh' ? '' : ' '}${m.nextSteps}`;
      ctx.err(indentWrapped('', hint, outputColumns(process.stderr) ?? Infinity, s.dim).join('\n'));
    }
  }

  if (opts.saveProfile) await save(ctx, g, facts, opts.saveProfile, opts.force === true);
  if (p && !opts.json) {
    if (!opts.saveProfile) await offerSave(ctx, p, g, facts);
    await browse(ctx, p, g, facts, ranked, width);
  }
  if (!hasCandidates(ranked)) {
    ctx.err(m.noneFits);
    throw new ExitCode(1);
  }
}

async function save(ctx: CliContext, g: Guideline, facts: Facts, file: string, force: boolean): Promise<void> {
  const [{ writeOutputFile }, { profileYaml }] = await Promise.all([
    import('../../util/write-file.js'),
    import('../../match/profile-yaml.js'),
  ]);
  if (file === '-') {
    ctx.out(profileYaml(g, facts, ctx.lang));
    return;
  }
  const backup = writeOutputFile(file, profileYaml(g, facts, ctx.lang), { force, lang: ctx.lang, keep: true });
  const saved = escapeControl(msg(matchMessages, ctx.lang).saved(file));
  ctx.err(indentWrapped('', saved, outputColumns(process.stderr) ?? Number.POSITIVE_INFINITY).join('\n'));
  if (backup) sayKept(ctx, [{ path: escapeControl(file), backup: escapeControl(backup) }]);
}

async function offerSave(ctx: CliContext, p: Prompter, g: Guideline, facts: Facts): Promise<void> {
  const m = msg(matchMessages, ctx.lang);
  if (!(await p.confirm({ name: 'save', message: m.saveAsk, default: true }))) return;
  const { outputRefusal } = await import('../../util/write-file.js');
  const file = await p.input({
    name: 'saveFile',
    message: m.savePath,
    default: m.defaultProfileFile,
    validate: (v) =>
      !v ? m.required : existsSync(v) ? m.fileTaken(v) : (outputRefusal(v, { lang: ctx.lang }) ?? true),
  });
  await save(ctx, g, facts, file, false);
}

/** The columns the prompt's cursor (❯ and a space) takes before a choice. */
const CURSOR = 2;
/** The fewest columns a title is wrapped to, however narrow the terminal. */
const MIN_TITLE = 20;

/**
 * After the table: the applicant picks a line (arrow keys) and reads all its reasons and
 * to-dos with their clauses, then may scaffold it; again until done.
 */
async function browse(
  ctx: CliContext,
  p: Prompter,
  g: Guideline,
  facts: Facts,
  ranked: readonly Ranked[],
  width: number,
): Promise<void> {
  const m = msg(matchMessages, ctx.lang);
  const s = await loadStyle(ctx.colorOut);
  const { open, offField, closed } = onScreen(g, ranked);
  const shown = [...open, ...offField, ...closed];
  let last = '';
  for (;;) {
    const code = await p.select({
      name: 'detail',
      message: m.detailAsk,
      choices: [
        ...shown.map((r) => {
          const lead = `${r.line.code.padEnd(5)} ${m.status[r.status].padEnd(ctx.lang === 'zh' ? 4 : 10, ctx.lang === 'zh' ? '　' : ' ')} `;
          const title = pick(r.line.title, ctx.lang);
          // A title too long for the terminal wraps under itself, after the cursor's two
          // columns: the prompt would fold it to the first column. The answer keeps one line.
          const at = CURSOR + displayWidth(lead);
          const name = `${lead}${wrapText(title, Math.max(width - at, MIN_TITLE)).replaceAll('\n', `\n${' '.repeat(at)}`)}`;
          return { value: r.line.code, name, short: `${lead}${title}` };
        }),
        { value: '', name: m.detailDone },
      ],
      default: last || shown[0]?.line.code,
    });
    if (!code) return;
    last = code;
    const chosen = shown.find((r) => r.line.code === code)!;
    ctx.out(`\n${renderDetail(g, chosen, ctx.lang, s, width)}\n`);
    if (chosen.status === 'ineligible') continue;
    if (!(await p.confirm({ name: 'scaffold', message: m.scaffoldAsk(code), default: false }))) continue;
    let tier = chosen.tier?.tier ?? undefined;
    if (chosen.line.tiers.length > 1 && !tier) {
      tier = await p.select({
        name: 'tier',
        message: m.tierAsk(code),
        choices: chosen.line.tiers.map((t) => ({ value: t.tier!, name: g.label('tiers', t.tier!, ctx.lang) })),
      });
    }
    // Scaffolding is loaded only when the applicant asks for it, and takes the answers as they are.
    const [{ initProposal }, { printInit }] = await Promise.all([
      import('../../scaffold/init-proposal.js'),
      import('./init.js'),
    ]);
    await printInit(ctx, await initProposal(g, ctx.lang, code, undefined, { tier, profile: facts }), false);
    return;
  }
}
