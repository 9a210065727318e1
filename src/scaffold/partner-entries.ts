import { rulesOf, type ScaffoldInput } from './scaffold-input.js';

interface PartnerEntry {
  /** null: a placeholder still to fill in. */
  name: string | null;
  type: string | null;
  country: string | null | undefined;
}

/** Whether the line lets the applicant have partners at all (`限企业单独申报` does not). */
export function partnersAllowed(input: ScaffoldInput): boolean {
  return !rulesOf(input, 'partners').some((r) => r.params.max === 0);
}

function partnersRequired(input: ScaffoldInput): boolean {
  return rulesOf(input, 'partners').some((r) => (r.params.min ?? 0) > 0);
}

/** Whether the line asks something of a partner's country (a translation of foreign agreements). */
export function asksCountry(input: ScaffoldInput): boolean {
  return rulesOf(input, 'attachment').some((r) => r.params.per === 'foreign_partner');
}

/**
 * The partners application.yaml lists: the ones the applicant stated, or where the
 * line needs one, a placeholder entry; none where the line allows none.
 */
export function partnerEntries(input: ScaffoldInput): PartnerEntry[] {
  if (!partnersAllowed(input)) return [];
  const stated = input.profile.partners ?? [];
  if (stated.length)
    return stated.map((p) => ({
      name: p.name,
      type: p.type,
      country: p.country ?? (asksCountry(input) ? null : undefined),
    }));
  if (!partnersRequired(input)) return [];
  return [{ name: null, type: null, country: asksCountry(input) ? null : undefined }];
}
