import type { Finding } from '../check/types.js';
import type { RegisterMessages } from '../i18n/messages/register.js';

type Basis = 'requirement' | 'content' | 'encouraged' | 'convention';

/**
 * What a finding rests on, as the reviewer's formats name it: a requirement of the
 * guide, what a line's content addresses, what the guide encourages, or the tool's
 * own check (with its reference, such as a national standard); a finding on the
 * file's form (YAML, schema) rests on none. Null for a finding that does not say.
 */
export function basisLabel(f: Finding, m: RegisterMessages): string | null {
  const { basis, reference } = f as Finding & { basis?: Basis | null; reference?: string };
  if (basis === undefined) return null;
  const label = basis === null ? m.basis.form : m.basis[basis];
  return reference ? `${label}（${reference}）` : label;
}
