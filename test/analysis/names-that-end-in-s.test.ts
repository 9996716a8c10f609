import { describe, expect, it } from 'vitest';
import { analysisOf } from '../support/analysis-of.ts';

describe("a firm whose name ends in -'s is the speaker of its verb", () => {
  it('GIVEN "…, Sainsbury\'s said" after the content THEN the supermarket is the source', () => {
    const analysis = analysisOf("Like-for-like sales rose 4% over Christmas, Sainsbury's said.");
    expect(analysis.sentences[0]?.attributedTo).toEqual(["Sainsbury's"]);
  });

  it('GIVEN "Moody\'s has warned that …" THEN the rating agency is the source, though an auxiliary stands between', () => {
    const analysis = analysisOf("Moody's has warned that the country's debt rating could be cut within months.");
    expect(analysis.sentences[0]?.attributedTo).toEqual(["Moody's"]);
  });

  it('GIVEN a possessive before a participle used as an adjective ("the minister\'s reported remarks angered …") THEN no one is the source', () => {
    const analysis = analysisOf("The minister's reported remarks angered backbenchers on Tuesday.");
    expect(analysis.sentences[0]?.sourcing).toBe('none');
  });
});
