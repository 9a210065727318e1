const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text from the applications, in an element or an attribute: nothing in it is markup. */
export function esc(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * A value as JSON inside `<script type="application/json">`: every `<` written as
 * `\u003c`, so that no `</script>` or `<!--` in an application's text can end the
 * element; the page's script reads it with `JSON.parse` and shows it as text only.
 */
export function jsonInScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
