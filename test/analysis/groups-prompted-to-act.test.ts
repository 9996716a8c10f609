import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a "they" after a group in lower case that a verb prompts to act is that group', () => {
  it('GIVEN "prompting unions representing 140,000 officers to threaten a strike" THEN the next "They believe …" is the unions\', not the Home Office\'s', () => {
    const certainty = certaintyOf(
      'They believe the plans will cut overtime.',
      'The Home Office has confirmed it is reviewing police pay, prompting unions representing 140,000 officers to threaten a strike.',
    );
    expect(certainty.attributedTo).toEqual(['unions']);
    expect(certainty.sourcing).toBe('vague');
  });

  it('GIVEN "The minister has urged councils to cut fares but they have warned …" THEN the warning is the councils\'', () => {
    const certainty = certaintyOf(
      'The transport minister has urged councils to cut fares but they have warned that services will suffer.',
      'The Local Government Association said bus use had fallen.',
    );
    expect(certainty.attributedTo).toContain('councils');
    expect(certainty.attributedTo).not.toContain('Local Government Association');
  });

  it('GIVEN the councils warned in the sentence before THEN "They say …" goes on with the councils', () => {
    const certainty = certaintyOf(
      'They say the grant is too small.',
      'The Local Government Association said bus use had fallen. The transport minister has urged councils to cut fares but they have warned that services will suffer.',
    );
    expect(certainty.attributedTo).toEqual(['councils']);
  });

  it('GIVEN a group led "to the brink of a strike", no act after its "to" THEN "They believe …" is not that group\'s', () => {
    const certainty = certaintyOf('They believe the plans will cut overtime.', 'The Home Office has confirmed it is reviewing police pay, leading unions to the brink of a strike.');
    expect(certainty.attributedTo).not.toContain('unions');
  });

  it('GIVEN ministers speak after the group in the same sentence THEN the next "They believe …" is not the group\'s', () => {
    const certainty = certaintyOf(
      'They believe the plans will cut overtime.',
      'The Home Office is reviewing police pay, prompting unions to threaten a strike, but ministers said no decision had been made.',
    );
    expect(certainty.attributedTo).not.toContain('unions');
  });
});
