import type { Citation, FormattedCitation } from '../model/answer.ts';

/** The citation styles `/cite` writes. */
export const CITATION_STYLES = ['short', 'apa', 'mla', 'chicago'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

/**
 * Names of citation styles this bot does not format (`/cite 5000 troops harvard`): a last word among them is a style asked
 * for, not part of the claim, and the answer says which styles there are. Lower case; extend with other style names.
 */
export const OTHER_CITATION_STYLES: ReadonlySet<string> = new Set(['harvard', 'ieee', 'vancouver', 'turabian', 'bluebook', 'oscola', 'ama', 'asa', 'apsa', 'cse', 'nlm']);

const LABELS: Record<CitationStyle, string> = { short: 'Short', apa: 'APA (7th)', mla: 'MLA (9th)', chicago: 'Chicago (notes)' };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

function dateParts(iso: string | undefined): { year: number; month: number; day: number } | undefined {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : undefined;
}

/** The headline, or a bracketed description that says plainly the article gives none. */
function titleOf(citation: Citation): string {
  return citation.article.headline ?? `[Untitled article, file ${citation.article.file}]`;
}

function ensureStop(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function format(citation: Citation, style: CitationStyle): string {
  const { outlet, author, url } = citation.article;
  const date = dateParts(citation.article.date);
  const title = titleOf(citation);
  const quote = `“${citation.quote}”`;
  switch (style) {
    case 'short': {
      const chain = citation.certainty?.attributedTo ?? [];
      const attribution = chain.length > 0 ? ` (${chain.map((source) => `citing ${source}`).join(', ')})` : '';
      return [quote + attribution, [outlet, citation.article.headline, date ? `${date.day} ${MONTHS[date.month - 1]} ${date.year}` : 'n.d.'].filter(Boolean).join(', ')].join(' — ');
    }
    case 'apa': {
      const when = date ? `(${date.year}, ${MONTHS[date.month - 1]} ${date.day})` : '(n.d.)';
      const parts = author ? [`${ensureStop(author)} ${when}.`, ensureStop(title)] : [ensureStop(title), `${when}.`];
      return [...parts, outlet ? ensureStop(outlet) : undefined, url].filter(Boolean).join(' ');
    }
    case 'mla': {
      const when = date ? `${date.day} ${MLA_MONTHS[date.month - 1]} ${date.year}` : undefined;
      const container = [outlet, when, url].filter(Boolean).join(', ');
      return [author ? ensureStop(author) : undefined, `“${ensureStop(title)}”`, container ? ensureStop(container) : undefined].filter(Boolean).join(' ');
    }
    case 'chicago': {
      const when = date ? `${MONTHS[date.month - 1]} ${date.day}, ${date.year}` : 'n.d.';
      const source = [outlet, when, url].filter(Boolean).join(', ');
      return [author ? `${author},` : undefined, `“${title},”`, ensureStop(source)].filter(Boolean).join(' ');
    }
  }
}

/**
 * The citation in one style or all of them, and the fields left out because the article does
 * not give them. Nothing is filled in: a missing date is "n.d.", a missing headline is said to be missing.
 */
export function formatCitations(citation: Citation, style?: CitationStyle): { formatted: FormattedCitation[]; missing: string[] } {
  const styles = style ? [style] : [...CITATION_STYLES];
  const missing = (['headline', 'outlet', 'date', 'author', 'url'] as const).filter((field) => citation.article[field] === undefined);
  return { formatted: styles.map((each) => ({ style: each, label: LABELS[each], text: format(citation, each) })), missing };
}
