import type { Answer, Citation, Discrepancy, Line } from '../../model/answer.ts';
import { neutraliseAnswer } from './neutralise.ts';

function lineText(line: Line): string {
  if (typeof line === 'string') return line;
  return line.map((part) => (part.style === 'code' ? `  ${part.text}` : part.style === 'quote' ? `“${part.text}”` : part.text)).join('');
}

/** `headline — outlet, date`, with only the fields the article gives, then its id. */
export function describeArticle(citation: Citation): string {
  const { headline, outlet, date } = citation.article;
  const known = [headline, outlet, date].filter((field): field is string => field !== undefined);
  return known.length > 0 ? `${known.join(' · ')} [${citation.articleId}]` : `[${citation.articleId}] (no headline, outlet or date in the file)`;
}

function citationLines(citation: Citation, number: number): string[] {
  const label = citation.match === 'continuation' ? ' (continues the sentence before)' : '';
  const lines = [`${String(number).padStart(2)}. “${citation.quote}”${label}`, `    ${describeArticle(citation)}, paragraph ${citation.paragraph}, characters ${citation.start}–${citation.end}`];
  if (citation.speaker !== undefined) lines.push(`    Speaker: ${citation.speaker === null ? 'not named in the article' : citation.speaker}`);
  if (citation.certainty) lines.push(`    Certainty: ${citation.certainty.note}`);
  if (citation.missingTerms) lines.push(`    Lacks: ${citation.missingTerms.join(', ')}`);
  if (citation.singleSource) lines.push('    Single source: found in no other article (one may still tell it in other words)');
  return lines;
}

function discrepancyLines(discrepancies: readonly Discrepancy[]): string[] {
  const lines = ['', 'Where the articles differ'];
  for (const discrepancy of discrepancies) {
    lines.push(`  ${discrepancy.about}:`);
    for (const variant of discrepancy.variants) lines.push(`    “${variant.text}” (${variant.articleIds.join(', ')})`);
  }
  return lines;
}

/** An Answer as plain text for a terminal. */
export function renderText(given: Answer): string {
  const answer = neutraliseAnswer(given, 'show');
  const out: string[] = [];
  if (!answer.ok) return `${answer.error?.trim() || 'That did not work.'}`;
  out.push(answer.title);
  for (const note of answer.notes) out.push(note.message);
  if (answer.corroboration) out.push(`Corroboration: ${answer.corroboration.note}`);
  if (answer.entity) {
    const { kind, aliases, articleIds } = answer.entity;
    out.push(`Kind: ${kind}${aliases.length > 0 ? `; also written ${aliases.join(', ')}` : ''}; named in ${articleIds.join(', ')}`);
  }
  const cited = new Set<number>();
  for (const section of answer.sections) {
    out.push('', section.title);
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
