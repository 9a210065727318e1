import { isCollection, isMap, isPair, isScalar, type Document, type YAMLError } from 'yaml';
import type { YamlMessages } from '../i18n/messages/yaml.js';
import { lineOf } from './inspect.js';
import { blameOutOfLine } from './key-indent.js';
import { blockingError, MAX_DEPTH, type Found } from './problem.js';
import { yamlValue } from './yaml-value.js';

/** A key followed by a full-width colon (`项目名称：桂林`), the usual cause of a key without value. */
const FULL_WIDTH_KEY = /^[ \t]*(?:-[ \t]+)?([^\s#'"：:][^:：#\n]*?)[ \t]*：/;
/** A list item begun with a mark that is not YAML's `- ` (a full-width dash, a bullet pasted from Word). */
const LIST_MARK = /^[ \t]*([－—–•·・●○▪■◆*+])[ \t\u3000]*\S/;
/** A list item whose `-` is glued to what follows (`-{ name: … }`, `-name: 桂林`): YAML reads it as text. */
const GLUED_DASH = /^[ \t]*-(?=[^\s'"#-])/;
/** A key whose colon is followed by a full-width space (`title:　桂林`, typed with the IME in full-width). */
const FULL_WIDTH_SPACE_KEY = /^[ \t]*(?:-[ \t]+)?([^\s#'"：:][^:：#\n]*?)[ \t]*:\u3000/;

/**
 * The yaml package's errors and warnings as our own problems, so that the user reads
 * a sentence in their language with a hint, chosen by error code (and, where one
 * code covers several mistakes, by which one it is), never the parser's English.
 */
export function explainErrors(doc: Document.Parsed, text: string): Found[] {
  let opened: Openings | undefined;
  const openings = () => (opened ??= openingsOf(doc));
  const found = [
    ...doc.errors.map((e) => explain(e, 'error', openings, text)),
    ...doc.warnings.map((w) => explain(w, 'warning', openings, text)),
  ];
  // An unclosed quote swallows the rest of the file: later errors only echo it.
  const quote = found.find((f) => f.code === 'UNCLOSED_QUOTE');
  const kept = blameOutOfLine(
    quote ? found.filter((f) => f === quote || (f.offset ?? 0) < (quote.offset ?? 0)) : found,
    text,
  );
  // A key indented with a tab throws the keys below it out of line: one mistake, said at the tab.
  const echoes = tabEchoes(kept, text);
  const lines = new Set<string>();
  return kept.filter((f) => {
    if (f.code !== 'TAB_AS_INDENT' && echoes.has(lineOf(text, f.offset ?? 0))) return false;
    const key = `${f.severity}:${f.offset === undefined ? '' : lineOf(text, f.offset)}`;
    if (lines.has(key)) return false;
    lines.add(key);
    return true;
  });
}

/**
 * The lines after a line indented with a tab that stand as deep as the line below it:
 * the rest of its mapping, which the parser no longer reads in line with it.
 */
function tabEchoes(found: Found[], text: string): Set<number> {
  const echoes = new Set<number>();
  const all = text.split('\n');
  for (const f of found) {
    if (f.code !== 'TAB_AS_INDENT') continue;
    const tab = lineOf(text, f.offset ?? 0);
    const below = all.slice(tab).find((line) => line.trim() !== '') ?? '';
    const depth = /^ */.exec(below)![0].length;
    // Below it the top level: the tab's mapping has ended, and what follows is read afresh.
    if (depth === 0) continue;
    for (let i = tab; i < all.length; i++) {
      const line = all[i]!;
      if (line.trim() !== '' && /^ */.exec(line)![0].length < depth) break;
      echoes.add(i + 1);
    }
  }
  return echoes;
}

function explain(e: YAMLError, severity: 'error' | 'warning', openings: () => Openings, text: string): Found {
  const at = e.pos[0];
  const found = (say: (m: YamlMessages) => string, code: string = e.code, offset = at): Found => ({
    code,
    severity,
    blocking: severity === 'error',
    offset,
    say,
  });
  const fullWidth = severity === 'error' ? fullWidthColon(text, at) : undefined;
  if (fullWidth)
    return found(
      (m) => (fullWidth.space ? m.fullWidthSpace(fullWidth.key) : m.fullWidthColon(fullWidth.key)),
      'FULLWIDTH_COLON',
      fullWidth.offset,
    );
  const mark = severity === 'error' ? LIST_MARK.exec(lineAt(text, at)) : null;
  if (mark) {
    const start = lineStartOf(text, at);
    return found((m) => m.listMark(mark[1]!), 'LIST_MARK', start + mark[0].indexOf(mark[1]!));
  }
  const glued = severity === 'error' ? GLUED_DASH.exec(lineAt(text, at)) : null;
  if (glued) return found((m) => m.dashSpace, 'LIST_MARK', lineStartOf(text, at) + glued[0].length - 1);
  switch (e.code) {
    case 'TAB_AS_INDENT':
      return found((m) => m.tabIndent);
    case 'BAD_INDENT': {
      const flow = /^Flow (sequence|map)/.exec(e.message)?.[1];
      if (!flow) return found((m) => m.badIndent);
      const bracket = flow === 'map' ? '{' : '[';
      return found((m) => m.flowEnd(bracket), 'UNCLOSED_FLOW', lastBefore(openings()[bracket], at) ?? at);
    }
    case 'MISSING_CHAR':
      return missingChar(e, openings, text, found);
    case 'MULTILINE_IMPLICIT_KEY': {
      // `type: enterprise` above `   inGuilin: true`: the key below, indented too far, was read as more of the value.
      const next = nextContentLine(text, at);
      const indent = (line: string) => /^ */.exec(line)![0].length;
      const below = next > 0 ? lineAt(text, next) : '';
      const here = lineAt(text, at);
      if (
        /^ *[^\s#:'"][^:#]*:( |$)/.test(below) &&
        /^ *[^\s#:'"][^:#]*: +\S/.test(here) &&
        indent(below) > indent(here)
      )
        return found((m) => m.badIndent, 'BAD_INDENT', next + indent(below));
      return found((m) => m.multilineKey);
    }
    case 'BLOCK_AS_IMPLICIT_KEY': {
      // `a: b: c` has its second colon on the same line; otherwise the next line is indented too far.
      const line = lineAt(text, at);
      if (/:\s/.test(line.slice(at - lineStartOf(text, at)))) {
        // `title: 智能电网: 一期`: the line's own value, quoted, as the thing to write.
        const pair = /^[ \t]*(?:-[ \t]+)?([^\s#'"{[][^:#]*?):[ \t]+(.*?)(?:[ \t]+#.*)?$/.exec(line);
        const written = pair && !/^["'{[]/.test(pair[2]!) ? `${pair[1]}: ${yamlValue(pair[2])}` : undefined;
        return found((m) => (written ? m.colonInValue(written) : m.compactNested));
      }
      const next = nextContentLine(text, at);
      return found(
        (m) => m.badIndent,
        'BAD_INDENT',
        next > 0 ? next + (/^[ \t]*/.exec(text.slice(next))?.[0].length ?? 0) : at,
      );
    }
    case 'BAD_DQ_ESCAPE': {
      const escape = text.slice(at, at + 2);
      return found((m) => m.badEscape(escape));
    }
    case 'MULTIPLE_DOCS':
      return found((m) => m.multipleDocs);
    case 'BAD_DIRECTIVE': {
      const version = /Unsupported YAML version (\S+)/.exec(e.message)?.[1];
      const directive = lineAt(text, at).trim();
      return found((m) => (version ? m.yamlVersion(version) : m.badDirective(directive)));
    }
    case 'TAG_RESOLVE_FAILED':
    case 'BAD_COLLECTION_TYPE': {
      const tag = (/(?:Unresolved tag: )?(\S+)/.exec(e.message)?.[1] ?? '').replace('tag:yaml.org,2002:', '!!');
      // A tag the parser cannot honour is refused, not read as plain text.
      return blockingError('UNSUPPORTED_TAG', at, (m) => m.unsupportedTag(tag));
    }
    case 'KEY_OVER_1024_CHARS':
      return found((m) => m.keyTooLong);
    case 'RESOURCE_EXHAUSTION':
      return found((m) => m.tooDeep(MAX_DEPTH), 'TOO_DEEP');
    case 'BAD_ALIAS':
    case 'ALIAS_PROPS':
      return found((m) => m.badAlias);
    case 'MULTIPLE_ANCHORS':
    case 'MULTIPLE_TAGS':
    case 'BAD_PROP_ORDER':
      return found((m) => m.props);
    case 'NON_STRING_KEY':
      return found((m) => m.nonStringKey);
    case 'BAD_SCALAR_START': {
      const char = text[at] ?? '';
      return found((m) => m.badScalarStart(char));
    }
    case 'BLOCK_IN_FLOW':
      return found((m) => m.blockInFlow);
    case 'UNEXPECTED_TOKEN': {
      const token = text
        .slice(at, Math.max(e.pos[1], at + 1))
        .split('\n')[0]!
        .trim()
        .slice(0, 12);
      return found((m) => (token ? m.unexpected(token) : m.other));
    }
    default:
      return found((m) => m.other);
  }
}

/** MISSING_CHAR covers unclosed quotes, keys without values, missing commas and more. */
function missingChar(
  e: YAMLError,
  openings: () => Openings,
  text: string,
  found: (say: (m: YamlMessages) => string, code?: string, offset?: number) => Found,
): Found {
  const quote = /Missing closing (["'])quote/.exec(e.message)?.[1];
  if (quote) {
    const at = lastBefore(openings()[quote as '"' | "'"], e.pos[0]) ?? e.pos[0];
    // `name: "李桂芳”`: closed with a Chinese quote, typed with the input method, which YAML does not take for one.
    const wide = (quote === '"' ? /[“”]/ : /[‘’]/).exec(lineAt(text, at).slice(at - lineStartOf(text, at) + 1))?.[0];
    return found((m) => (wide ? m.wideCloseQuote(quote, wide) : m.unclosedQuote(quote)), 'UNCLOSED_QUOTE', at);
  }
  if (e.message.startsWith('Implicit map keys need to be followed by map values')) {
    const key = lineAt(text, e.pos[0]).trim().replace(/^-\s+/, '').slice(0, 40);
    return found((m) => m.missingValue(key));
  }
  if (/^Missing (,|space after :)/.test(e.message)) return found((m) => m.missingComma);
  if (e.message.startsWith('Comments must be separated')) return found((m) => m.commentSpace);
  if (e.message.startsWith('Tags and anchors must be separated')) return found((m) => m.props);
  if (/directives-end/.test(e.message)) return found((m) => m.directiveEnd);
  if (e.message.startsWith('Sequence item without')) return found((m) => m.badIndent);
  return found((m) => m.other);
}

/** Where quoted texts and flow collections open, by their opening character, in ascending order. */
type Openings = Record<'"' | "'" | '[' | '{', number[]>;

/**
 * Every opening of the document, gathered in one walk however many errors ask;
 * without recursion, so that a deep document cannot exhaust the stack.
 */
function openingsOf(doc: Document.Parsed): Openings {
  const out: Openings = { '"': [], "'": [], '[': [], '{': [] };
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const node = stack.pop();
    if (isPair(node)) stack.push(node.key, node.value);
    else if (isScalar(node)) {
      const quote = node.type === 'QUOTE_DOUBLE' ? '"' : node.type === 'QUOTE_SINGLE' ? "'" : undefined;
      if (quote && node.range) out[quote].push(node.range[0]);
    } else if (isCollection(node)) {
      if (node.flow && node.range) out[isMap(node) ? '{' : '['].push(node.range[0]);
      stack.push(...node.items);
    }
  }
  for (const starts of Object.values(out)) starts.sort((a, b) => a - b);
  return out;
}

/** The last of the ascending `starts` before `offset`, by bisection. */
function lastBefore(starts: readonly number[], offset: number): number | undefined {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? starts[lo - 1] : undefined;
}

/** A full-width colon, or a full-width space after the colon, after a key on the error's line or the line above. */
function fullWidthColon(text: string, offset: number): { key: string; offset: number; space: boolean } | undefined {
  const start = lineStartOf(text, offset);
  const previous = start > 0 ? text.lastIndexOf('\n', start - 2) + 1 : -1;
  for (const lineStart of [start, previous]) {
    if (lineStart < 0) continue;
    const line = lineAt(text, lineStart);
    const match = FULL_WIDTH_KEY.exec(line);
    if (match) return { key: match[1]!, offset: lineStart + match[0].length - 1, space: false };
    const space = FULL_WIDTH_SPACE_KEY.exec(line);
    if (space) return { key: space[1]!, offset: lineStart + space[0].length - 1, space: true };
  }
  return undefined;
}

/**
 * Where the first line after `offset`'s that holds more than a comment begins (0 if none):
 * the key a blank line or a comment parts from the line the parser stopped at.
 */
function nextContentLine(text: string, offset: number): number {
  for (let next = text.indexOf('\n', offset) + 1; next > 0; next = text.indexOf('\n', next) + 1) {
    const line = lineAt(text, next).trim();
    if (line !== '' && !line.startsWith('#')) return next;
  }
  return 0;
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineAt(text: string, offset: number): string {
  const start = lineStartOf(text, offset);
  const end = text.indexOf('\n', offset);
  return text.slice(start, end === -1 ? undefined : end).replace(/\r$/, '');
}
