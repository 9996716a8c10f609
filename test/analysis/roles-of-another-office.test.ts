import { describe, expect, it } from 'vitest';
import { tableOf } from '../support/entity-table-of.ts';
import { must } from '../support/must.ts';

describe('"the <role>" is not a holder of another office named with a qualifier', () => {
  const table = tableOf('Shadow chancellor Philip Hale said the plans did not add up. The chancellor will set out his spending review on Wednesday. The shadow chancellor has promised cuts of £8bn.');

  it('GIVEN "Shadow chancellor Philip Hale" THEN "the chancellor" later is not a mention of him', () => {
    const nominal = must(table.find('Philip Hale'), 'Philip Hale').mentions.filter((mention) => mention.nominal);
    expect(nominal.map((mention) => mention.name.text)).not.toContain('The chancellor');
  });

  it('GIVEN "Shadow chancellor Philip Hale" THEN "the shadow chancellor" later is a mention of him', () => {
    const nominal = must(table.find('Philip Hale'), 'Philip Hale').mentions.filter((mention) => mention.nominal);
    expect(nominal.map((mention) => mention.name.text)).toEqual(['The shadow chancellor']);
  });

  it('GIVEN "former chairman Roy Dale" THEN "the chairman" later is not a mention of him', () => {
    const other = tableOf('The club was sold by former chairman Roy Dale in 2001. The chairman said the new stand would open in May.');
    expect(must(other.find('Roy Dale'), 'Roy Dale').mentions.filter((mention) => mention.nominal)).toEqual([]);
  });
});
