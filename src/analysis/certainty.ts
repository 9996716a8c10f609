import type { CertaintyLevel, Cue } from '../answer/model.ts';
import { findHedges, levelOfHedges } from './hedging.ts';
import { tokenize } from './phrase-matcher.ts';

/** The level decision on one sentence alone, with the hedge cues that decided it (offsets into `text`). */
export function analyseSentenceText(text: string): { level: CertaintyLevel; cues: Cue[] } {
  const hedges = findHedges(tokenize(text));
  const cues: Cue[] = hedges.map((found) => ({ text: text.slice(found.start, found.end), start: found.start, end: found.end, kind: found.hedge.category === 'conditional' ? 'conditional' : 'hedge' }));
  return { level: levelOfHedges(hedges), cues };
}
