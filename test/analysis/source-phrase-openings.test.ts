import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a participle of speech right after a thing that carries words', () => {
  it('GIVEN "resigned in the wake of the reports claiming …" THEN the claim is the reports’, not the subject’s', () => {
    const certainty = certaintyOf('The minister resigned in the wake of the reports claiming he had misled parliament.');
    expect(certainty.attributedTo).toEqual(['reports']);
    expect(certainty.sourcing).toBe('vague');
  });

  it('GIVEN "denied … because of the reports claiming …" THEN the reports are named whole, without the "of" before them', () => {
    const certainty = certaintyOf('Mr Dale denied he had been pushed out because of the reports claiming he planned a rival firm.');
    expect(certainty.attributedTo).toContain('reports');
    expect(certainty.attributedTo).not.toContain('of the reports');
  });

  it('GIVEN a clause subject and a participle after its object that is no carrier of words THEN the participle is still the subject’s', () => {
    const certainty = certaintyOf('Mr Hale has rejected the plan saying it would cost too much.');
    expect(certainty.attributedTo).toEqual(['Hale']);
  });
});

describe('a subject read back from its verb opens with no "of" or "for"', () => {
  it('GIVEN "a third (33%) of those polled for the Herald said" THEN the source is those polled, not "of those polled"', () => {
    expect(certaintyOf('A third (33%) of those polled for the Herald said the tax should go.').attributedTo).toEqual(['those polled for the Herald']);
  });

  it('GIVEN "Pupils questioned for a survey have shown …" THEN the survey is named without the "for"', () => {
    expect(certaintyOf('Pupils questioned for a survey have shown little interest in the vote.').attributedTo).not.toContain('for a survey');
  });

  it('GIVEN a name with "from" its employer after a comma THEN the person stays the source', () => {
    expect(certaintyOf('"Growth will stay weak," Anna Berg, from Nordbank, said.').attributedTo).toEqual(['Anna Berg']);
  });
});

describe('a rejected claim whose maker is named after it', () => {
  it('GIVEN "rejected the claims made by the former coach that …" THEN the claim is the coach’s, and contested', () => {
    const certainty = certaintyOf('The club rejected the claims made by the former coach that players had been paid in cash.');
    expect(certainty.attributedTo).toContain('the former coach');
    expect(certainty.contested).toBe(true);
  });

  it('GIVEN "denied allegations by opposition MPs that …" THEN the MPs, a group named by their side, stand behind the allegation beside the deniers', () => {
    const certainty = certaintyOf('Ministers denied allegations by opposition MPs that the figures had been massaged.');
    expect(certainty.attributedTo).toEqual(['Ministers', 'opposition MPs']);
  });
});

describe('a denial held back ("neither confirmed nor denied", "would not confirm or deny")', () => {
  it('GIVEN "The bank neither confirmed nor denied the report" THEN the bank is the source, whole, and nothing is contested', () => {
    const certainty = certaintyOf('The bank neither confirmed nor denied the report.');
    expect(certainty.attributedTo).toEqual(['The bank']);
    expect(certainty.contested).toBe(false);
  });

  it('GIVEN "The club has neither admitted nor denied wrongdoing" THEN the subject stops before "has neither"', () => {
    expect(certaintyOf('The club has neither admitted nor denied wrongdoing in the deal.').attributedTo).toEqual(['The club']);
  });

  it('GIVEN "would neither confirm nor deny that talks had taken place" THEN nothing is contested', () => {
    expect(certaintyOf('The minister would neither confirm nor deny that talks had taken place.').contested).toBe(false);
  });

  it('GIVEN a denial made ("The bank denied the report") THEN it is still contested', () => {
    expect(certaintyOf('The bank denied the report.').contested).toBe(true);
  });
});
