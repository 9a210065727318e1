import type { Guideline } from '../guideline/model.js';
import { applicationSchema } from '../application/schema.js';
import { knownKeysOf, schemaAtOf } from '../application/schema-at.js';
import { keyNamed } from '../application/descriptions.js';
import { parseYaml } from '../yaml/parse.js';
import { creditCodeEdits } from './credit-code-fix.js';
import { directionEdits } from './direction-fix.js';
import { partnerEdits } from './partner-fixes.js';
import { schemaEdits, type SchemaView } from './schema-fixes.js';
import { indentEdits, lineEdits } from './text-fixes.js';
import { applyEdits, type Fix } from './types.js';

interface FixedText {
  /** The text with every certain fix made; the input itself when there was none, or when it cannot be read. */
  text: string;
  fixes: Fix[];
  /** The YAML still cannot be read once the line fixes are made: the file is left as it was. */
  unreadable: boolean;
}

/** Rounds of schema fixes: a misspelled mapping's key, once right, lets its values be judged. */
const ROUNDS = 4;

const views = new WeakMap<Guideline, SchemaView & { keys: Set<string> }>();

function viewOf(g: Guideline): SchemaView & { keys: Set<string> } {
  let v = views.get(g);
  if (!v) {
    const schema = applicationSchema(g, { labels: false });
    const keys = new Set<string>();
    collectKeys(schema, keys);
    const named = (parent: (string | number)[], name: string) => keyNamed(g, parent, name);
    v = { schema, at: schemaAtOf(schema), knownKeys: knownKeysOf(schema), keyNamed: named, keys };
    views.set(g, v);
  }
  return v;
}

/** Every key the format knows, at any depth: a full-width colon is fixed only after one of them. */
function collectKeys(schema: unknown, into: Set<string>): void {
  const def = (schema as { _zod: { def: Record<string, unknown> } })._zod.def;
  if (def.shape) {
    for (const [k, v] of Object.entries(def.shape as Record<string, unknown>)) {
      into.add(k);
      collectKeys(v, into);
    }
  }
  for (const next of [def.innerType, def.element, def.in]) if (next) collectKeys(next, into);
}

/**
 * The safe, mechanical fixes of one application's text. Lines first (a full-width
 * colon, a Windows path in double quotes, tabs), so that the document can be read;
 * then, rounds of fixes the schema's refusals make certain. Comments, order and
 * layout stay: only the characters of what is fixed change.
 */
export function fixText(text: string, g: Guideline): FixedText {
  const view = viewOf(g);
  const fixes: Fix[] = [];
  const lines = applyEdits(text, lineEdits(text, view.keys));
  const indented = applyEdits(lines.text, indentEdits(lines.text));
  let current = indented.text;
  fixes.push(...lines.fixes, ...indented.fixes);
  let parsed = parseYaml(current, 'en');
  if (parsed.problems.some((p) => p.blocking) || parsed.data === undefined)
    return { text, fixes: [], unreadable: true };
  for (let round = 0; round < ROUNDS; round++) {
    // A line's code first: '5.2' is not the number 5.2, which an edit at the same place would write.
    const edits = [
      ...directionEdits(parsed.doc, current, g),
      ...schemaEdits(parsed.doc, parsed.data, view),
      ...partnerEdits(parsed.doc, parsed.data),
      ...creditCodeEdits(parsed.doc, parsed.data, current),
    ];
    if (!edits.length) break;
    const next = applyEdits(current, edits);
    const reread = parseYaml(next.text, 'en');
    // A fix that the reader would not read as intended is not made (nor any of its round).
    if (reread.problems.some((p) => p.blocking) || reread.data === undefined) break;
    current = next.text;
    parsed = reread;
    fixes.push(...next.fixes);
  }
  return { text: current, fixes, unreadable: false };
}
