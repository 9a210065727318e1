import type { Finding } from './file-result.js';
import type { RegisterMessages } from '../i18n/messages/register.js';

/**
 * What a finding rests on, as the reviewer's formats name it: a requirement of the
 * guide, what a line's content addresses, what the guide encourages, or the tool's
 * own check (with its reference, such as a national standard); a finding on the
 * file's form (YAML, schema) rests on no rule of the guide.
 */
export function basisLabel(f: Finding, m: RegisterMessages): string {
  const label = f.basis === null ? m.basis.form : m.basis[f.basis];
  return f.reference ? `${label}（${f.reference}）` : label;
}
