import { readFileSync } from 'node:fs';
import type { Lang } from '../i18n/lang.js';

/**
 * The placeholder syntax of `templates/` (documented in templates/README.md):
 *
 * - `{{name}}` inside a line: the slot's text;
 * - a line holding only `{{name}}` (and indentation): the slot's lines, each indented
 *   like the slot; an empty list removes the line;
 * - lines `{{#name}}` … `{{/name}}`: kept when the slot is true, a non-empty text or
 *   list; `{{^name}}` … `{{/name}}`: kept when it is not.
 *
 * A slot the template names but the caller did not give is an error, not an empty
 * string: a typo in a template must not silently drop a requirement.
 */
type SlotValue = string | number | boolean | readonly string[];
export type Slots = Record<string, SlotValue>;

const NAME = '[A-Za-z][A-Za-z0-9_.-]*';
const BLOCK_OPEN = new RegExp(`^\\s*\\{\\{([#^])(${NAME})\\}\\}\\s*$`);
const BLOCK_CLOSE = new RegExp(`^\\s*\\{\\{/(${NAME})\\}\\}\\s*$`);
const WHOLE_LINE = new RegExp(`^(\\s*)\\{\\{(${NAME})\\}\\}\\s*$`);
const INLINE = new RegExp(`\\{\\{(${NAME})\\}\\}`, 'g');

export class TemplateError extends Error {}

export function renderTemplate(template: string, slots: Slots, name = 'template'): string {
  const get = (key: string, line: number): SlotValue => {
    if (!Object.hasOwn(slots, key)) throw new TemplateError(`${name}:${line}: no slot "${key}"`);
    return slots[key]!;
  };
  const out: string[] = [];
  // Each open block: its name and whether its lines are kept.
  const stack: { key: string; keep: boolean }[] = [];
  const lines = template.split('\n');
  lines.forEach((text, i) => {
    const n = i + 1;
    const open = BLOCK_OPEN.exec(text);
    if (open) {
      const value = truthy(get(open[2]!, n));
      stack.push({ key: open[2]!, keep: open[1] === '#' ? value : !value });
      return;
    }
    const close = BLOCK_CLOSE.exec(text);
    if (close) {
      const top = stack.pop();
      if (!top || top.key !== close[1]) throw new TemplateError(`${name}:${n}: {{/${close[1]}}} closes nothing open`);
      return;
    }
    if (stack.some((b) => !b.keep)) return;
    const whole = WHOLE_LINE.exec(text);
    if (whole) {
      const value = get(whole[2]!, n);
      const items = Array.isArray(value) ? (value as readonly string[]) : [String(value)];
      for (const item of items) for (const l of item.split('\n')) out.push(l === '' ? '' : `${whole[1]}${l}`);
      return;
    }
    out.push(
      text.replace(INLINE, (_, key: string) => {
        const value = get(key, n);
        if (Array.isArray(value))
          throw new TemplateError(`${name}:${n}: the list "${key}" must stand on a line of its own`);
        return String(value);
      }),
    );
  });
  if (stack.length) throw new TemplateError(`${name}: {{#${stack[stack.length - 1]!.key}}} is never closed`);
  return out.join('\n');
}

function truthy(value: SlotValue): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return value !== false && value !== '' && value !== 0;
}

/** `templates/LANG/FILE` filled; the templates ship beside `dist/` (package.json `files`). */
export function fillTemplate(lang: Lang, file: string, slots: Slots): string {
  const text = readFileSync(new URL(`../../templates/${lang}/${file}`, import.meta.url), 'utf8');
  return renderTemplate(text, slots, `templates/${lang}/${file}`);
}
