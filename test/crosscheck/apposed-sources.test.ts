import { describe, expect, it } from 'vitest';
import { claimOfSentences } from '../../src/library/alignment.ts';
import { discrepanciesOf } from '../../src/crosscheck/discrepancies.ts';
import { libraryOf, sentenceOf } from './library-of.ts';

/** A court ruling on detention without trial, told by three political reports; one names the court and describes it, one only describes it. */
const library = libraryOf({
  ruling_named:
    "Detention ruling stands\n\nIn December the Supreme Tribunal, the country's highest court, ruled that holding the men without charge breached their rights. Ministers are studying the ruling.",
  ruling_described: "Ministers rethink detention\n\nThe country's highest court has ruled that holding the men without charge breached their rights. A new law is being drafted.",
  ruling_other: "Detention challenged again\n\nThe country's human rights commission has ruled that holding the men without charge breached their rights. The government disagrees.",
});
const claimOf = (...picks: [string, string][]) => claimOfSentences(picks.map(([id, words]) => sentenceOf(library, id, words)));
const attributionOf = (claim: ReturnType<typeof claimOf>) => discrepanciesOf(library, claim).filter((discrepancy) => discrepancy.kind === 'attribution');

describe('a source named in one article and described in another', () => {
  it('GIVEN a body named with its description set beside it (“the Supreme Tribunal, the country’s highest court, ruled”) and another article giving only the description THEN no difference of attribution is shown', () => {
    expect(attributionOf(claimOf(['ruling_named', 'Supreme Tribunal'], ['ruling_described', 'highest court has ruled']))).toEqual([]);
  });

  it('GIVEN the described body and another body described otherwise THEN the difference of attribution is still shown', () => {
    expect(attributionOf(claimOf(['ruling_named', 'Supreme Tribunal'], ['ruling_other', 'commission has ruled']))).toHaveLength(1);
  });
});
