import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The label files hold references only (file names, offsets, hashes), so their shape can be checked
// without the BBC data: what scripts/eval-bbc-attribution.ts scores depends on it.
interface Span {
  start: number;
  end: number;
}
interface LabelRow {
  file: string;
  half: string;
  sentence: number;
  start: number;
  end: number;
  attributed: boolean;
  kind: string;
  source?: Span | null;
  resolved?: Span[] | 'unresolved';
}

const readLabels = (path: string): LabelRow[] =>
  readFileSync(new URL(`../../eval/${path}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelRow);

const genre = readLabels('bbc-attribution-genres.jsonl');

describe('the tech and entertainment label set', () => {
  it('GIVEN the genre labels THEN every row is in the genre half and comes from a tech or entertainment article', () => {
    const strays = genre.filter((row) => row.half !== 'genre' || !/^(tech|entertainment)_\d{3}\.txt$/u.test(row.file));
    expect(strays).toEqual([]);
  });

  it('GIVEN the genre labels THEN each topic has eight articles', () => {
    const articles = [...new Set(genre.map((row) => row.file))];
    expect(articles.filter((file) => file.startsWith('tech_'))).toHaveLength(8);
    expect(articles.filter((file) => file.startsWith('entertainment_'))).toHaveLength(8);
  });

  it('GIVEN the genre labels THEN every article is labelled whole, its sentences numbered from 0 with no gap and in text order', () => {
    const byFile = new Map<string, LabelRow[]>();
    for (const row of genre) byFile.set(row.file, [...(byFile.get(row.file) ?? []), row]);
    for (const rows of byFile.values()) {
      expect(rows.map((row) => row.sentence)).toEqual(rows.map((_, i) => i));
      expect(rows.every((row, i) => row.start < row.end && (i === 0 || (rows[i - 1]?.end ?? 0) <= row.start))).toBe(true);
    }
  });

  it('GIVEN the genre labels THEN a source written in a sentence lies inside that sentence', () => {
    const outside = genre.filter((row) => row.source && (row.source.start < row.start || row.source.end > row.end));
    expect(outside).toEqual([]);
  });

  it('GIVEN the genre labels THEN an attributed row has a kind and a resolution, and a row not attributed has neither', () => {
    const inconsistent = genre.filter((row) => (row.attributed ? row.kind === 'none' || row.resolved === undefined : row.kind !== 'none' || row.resolved !== undefined || row.source !== undefined));
    expect(inconsistent).toEqual([]);
  });

  it('GIVEN both label files THEN no article is labelled in both', () => {
    const businessAndPolitics = new Set(readLabels('bbc-attribution.jsonl').map((row) => row.file));
    expect(genre.filter((row) => businessAndPolitics.has(row.file))).toEqual([]);
  });
});
