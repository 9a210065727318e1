import { msg, type Lang } from '../i18n/index.js';
import { browseMessages } from '../i18n/messages/browse.js';
import type { Guideline } from './model.js';

/**
 * An applicant type as it is offered to pick (the questionnaire, the scaffold's list):
 * 其他 says which units it is for, a farmers' cooperative being none of the kinds the
 * guide's forms name and so told nowhere else which to choose.
 */
export function typeToPick(g: Guideline, id: string, lang: Lang): string {
  const label = g.label('applicantTypes', id, lang);
  return id === 'other' ? msg(browseMessages, lang).otherType(label) : label;
}
