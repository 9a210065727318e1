import { isScalar, type Document } from 'yaml';
import { yamlValue } from '../yaml/yaml-value.js';
import { closestName } from '../util/closest.js';
import { nodeAt, scalarEdit } from './schema-fixes.js';
import type { Edit } from './types.js';

/**
 * An attachment's `partner` that names no partner, renamed to the one partner it was
 * meant for ("Fraunhofer" → "Fraunhofer IKTS"); left when no partner, or two, are as near.
 */
export function partnerEdits(doc: Document.Parsed, data: unknown): Edit[] {
  const { partners, attachments } = (data ?? {}) as { partners?: unknown; attachments?: unknown };
  if (!Array.isArray(partners) || !Array.isArray(attachments)) return [];
  const names = partners.map((p) => (p as { name?: unknown } | null)?.name).filter((n) => typeof n === 'string');
  const edits: Edit[] = [];
  attachments.forEach((a, index) => {
    const written = (a as { partner?: unknown } | null)?.partner;
    if (typeof written !== 'string' || names.includes(written)) return;
    const to = closestName(written, names);
    const path = ['attachments', index, 'partner'];
    const node = nodeAt(doc, path);
    // A name that would need quotes or escapes where it stands is left for the applicant to write.
    const quoted = isScalar(node) && node.type !== 'PLAIN';
    const fits = to !== undefined && (quoted ? !/['"\\]/.test(to) : yamlValue(to) === to);
    if (to && fits && isScalar(node) && node.range) edits.push(scalarEdit(node, to, 'partner', path, written, true));
  });
  return edits;
}
