import type { Answer, Citation, Discrepancy, Line } from '../../model/answer.ts';
import { neutraliseAnswer } from './neutralise.ts';

/** Terminal control characters in article text must not reach the terminal (colours, cursor moves). */
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu;

function clean(text: string): string {
  return text.replace(TERMINAL_CONTROLS, (char) => `\\u{${char.codePointAt(0)!.toString(16)}}`);
}

function lineText(line: Line): string {
  if (typeof line === 'string') return clean(line);
  return line.map((part) => (part.style === 'code' ? `  ${clean(part.text)}` : part.style === 'quote' ? `“${clean(part.text)}”` : clean(part.text))).join('');
}

/** `headline — outlet, date`, with only the fields the article gives, then its id. */
export function describeArticle(citation: Citation): string {
  const { headline, outlet, date } = citation.article;
  const known = [headline, outlet, date].filter((field): field is string => field !== undefined);
  return known.length > 0 ? `${known.join(' · ')} [${citation.articleId}]` : `[${citation.articleId}] (no headline, outlet or date in the file)`;
}

function citationLines(citation: Citation, number: number): string[] {
  const label = citation.match === 'continuation' ? ' (continues the sentence before)' : '';
  const lines = [
    `${String(number).padStart(2)}. “${clean(citation.quote).replace(/\s*\n\s*/g, ' ')}”${label}`,
    `    ${clean(describeArticle(citation))}, paragraph ${citation.paragraph}, characters ${citation.start}–${citation.end}`,
  ];
  if (citation.speaker !== undefined) lines.push(`    Speaker: ${citation.speaker === null ? 'not named in the article' : clean(citation.speaker)}`);
  if (citation.certainty) lines.push(`    Certainty: ${clean(citation.certainty.note)}`);
  if (citation.missingTerms) lines.push(`    Lacks: ${clean(citation.missingTerms.join(', '))}`);
  if (citation.singleSource) lines.push('    Single source: no other article carries this');
  return lines;
}

function discrepancyLines(discrepancies: readonly Discrepancy[]): string[] {
  const lines = ['', 'Where the articles differ'];
  for (const discrepancy of discrepancies) {
    lines.push(`  ${clean(discrepancy.about)}:`);
    for (const variant of discrepancy.variants) lines.push(`    “${clean(variant.text).replace(/\s*\n\s*/g, ' ')}” (${variant.articleIds.join(', ')})`);
  }
  return lines;
}

/** An Answer as plain text for a terminal. */
export function renderText(given: Answer): string {
  const answer = neutraliseAnswer(given, 'show');
  const out: string[] = [];
  if (!answer.ok) return `${clean(answer.error?.trim() || 'That did not work.')}`;
  out.push(clean(answer.title));
  for (const note of answer.notes) out.push(clean(note.message));
  if (answer.corroboration) out.push(`Corroboration: ${clean(answer.corroboration.note)}`);
  if (answer.entity) {
    const { kind, aliases, articleIds } = answer.entity;
    out.push(`Kind: ${kind}${aliases.length > 0 ? `; also written ${clean(aliases.join(', '))}` : ''}; named in ${articleIds.join(', ')}`);
  }
  const cited = new Set<number>();
  for (const section of answer.sections) {
    out.push('', clean(section.title));
    for (const line of section.lines) out.push(`  ${lineText(line)}`);
    for (const index of section.citations) {
      const citation = answer.results[index];
      if (!citation) continue;
      cited.add(index);
      out.push(...citationLines(citation, index + 1));
    }
  }
  const uncited = answer.results.map((citation, index) => ({ citation, index })).filter(({ index }) => !cited.has(index));
  if (uncited.length > 0) {
    out.push('', 'Results');
    for (const { citation, index } of uncited) out.push(...citationLines(citation, index + 1));
  }
  if (answer.discrepancies && answer.discrepancies.length > 0) out.push(...discrepancyLines(answer.discrepancies));
  if (answer.nearMisses.length > 0) {
    out.push('', 'Near misses (NOT results: each lacks part of the query)');
    answer.nearMisses.forEach((citation, index) => out.push(...citationLines(citation, index + 1)));
  }
  return out.join('\n');
}
