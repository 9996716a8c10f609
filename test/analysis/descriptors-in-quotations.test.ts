import { describe, expect, it } from 'vitest';
import { descriptorsOf, tableOf } from '../support/entity-table-of.ts';

describe("an apposition inside a quotation is the speaker's word, not a description the article gives", () => {
  it('GIVEN a candidate quoting voters: "Lib Dems, good people, reasonable ideas" THEN "good people" is no descriptor of the party', () => {
    const table = tableOf('Ms Hale said: "On the doorstep we hear it every day: \'Lib Dems, good people, reasonable ideas, but they never win here.\'"');
    expect(descriptorsOf(table, 'Lib Dems')).not.toContain('good people');
  });

  it('GIVEN "Mary Hale, founder of the theatre, said" in the article\'s own words THEN the apposition is her descriptor', () => {
    const table = tableOf('Mary Hale, founder of the theatre, said the season would open in May.');
    expect(descriptorsOf(table, 'Mary Hale')).toContain('founder of the theatre');
  });
});
