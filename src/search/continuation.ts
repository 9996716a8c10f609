import { OPENERS, PARENTHETICAL_REPORTERS, PARENTHETICAL_VERBS } from '../text/lexicons/anaphora.ts';
import { foldText } from '../text/normalise.ts';

const OPENING = new RegExp(`^(?:${OPENERS.map(escapeRegExp).join('|')})\\b`);
const PARENTHETICAL = new RegExp(`,\\s*(?:${PARENTHETICAL_REPORTERS.join('|')})\\s+(?:${PARENTHETICAL_VERBS.join('|')})\\b`);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when a sentence leans on the one before it for who or what it is about. */
export function continuesPrevious(text: string): boolean {
  const folded = foldText(text.trimStart()).replace(/^['"]+/, '');
  return OPENING.test(folded) || PARENTHETICAL.test(folded);
}
