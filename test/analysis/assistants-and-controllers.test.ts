import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('an assistant or a controller named after the role is the speaker', () => {
  it('GIVEN "Her assistant, Jo Reyes, said …" THEN Jo Reyes is the source', () => {
    const certainty = certaintyOf('Her assistant, Jo Reyes, said the singer had cancelled the tour on medical advice.');
    expect(certainty.attributedTo).toEqual(['Jo Reyes']);
  });

  it('GIVEN "Radio 4\'s controller, Mark Hale, said: …" THEN Mark Hale is the source', () => {
    const certainty = certaintyOf('Radio 4\'s controller, Mark Hale, said: "We will keep the breakfast show as it is."');
    expect(certainty.attributedTo).toEqual(['Mark Hale']);
  });
});
