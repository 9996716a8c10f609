import { describe, expect, it } from 'vitest';
import { analysisOf, speakersOf } from '../support/analysis-of.ts';

describe('words a relative clause says someone judged or named something with are theirs', () => {
  it('GIVEN "…, the Freight Transport Association (FTA), which has attacked the charge as a "…"" THEN the association is the speaker', () => {
    const analysis = analysisOf('Hauliers are fighting the levy in court, along with the Freight Transport Association (FTA), which has attacked the charge as a "tax on trade".');
    expect(speakersOf(analysis)).toEqual(['Freight Transport Association']);
  });

  it('GIVEN "Ms Hale, who has described the scheme as a "…"" THEN she is the speaker, though no verb of speech is hers', () => {
    const analysis = analysisOf('Ms Hale, who has described the scheme as a "white elephant", is expected to vote against it on Tuesday.');
    expect(speakersOf(analysis)).toEqual(['Hale']);
  });

  it('GIVEN a minister who said the bill follows "an Audit Commission report which branded the system as "…"" THEN the words are the report’s, not the minister’s', () => {
    const analysis = analysisOf('The minister said the bill would follow an Audit Commission report which branded the present system as "a shambles".');
    expect(speakersOf(analysis)).toEqual(['Audit Commission report']);
  });
});
