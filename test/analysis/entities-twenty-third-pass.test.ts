import { describe, expect, it } from 'vitest';
import { EntityTable } from '../../src/analysis/entities.ts';
import { articleOf, names, tableOf } from '../support/entity-table-of.ts';

/** The people whose full names end with `familyName`, each with the number of articles that name them. */
function peopleNamed(table: EntityTable, familyName: string): [string, number][] {
  return table.entities.filter((entity) => entity.kind === 'person' && entity.name.endsWith(` ${familyName}`)).map((entity) => [entity.name, table.articleIdsOf(entity).length]);
}

describe('a firm whose name opens with a common word keeps it (qa38)', () => {
  it('GIVEN "Sun Microsystems has launched …" and "maintained by Sun" later THEN the firm is "Sun Microsystems"', () => {
    const table = tableOf('Sun Microsystems has launched a service that rents out computing power by the hour. The machines are run by Sun in Texas.');
    expect(names(table)).toContain('Sun Microsystems');
  });

  it('GIVEN such a name THEN it is not taken for a person', () => {
    const table = tableOf('Sun Microsystems has launched a service that rents out computing power by the hour. The machines are run by Sun in Texas.');
    expect(table.find('Sun Microsystems')?.kind).not.toBe('person');
  });

  it('GIVEN "Rival Microsoft has cut prices" THEN a describing word the article never writes alone stays out', () => {
    expect(names(tableOf('Rival Microsoft has cut the price of its console. Shoppers welcomed the move.'))).toContain('Microsoft');
  });

  it('GIVEN "January Cellnet said …" and "in January" later THEN a month is no word of the name', () => {
    expect(names(tableOf('January Cellnet said sales rose. Sales had fallen in January last year.'))).not.toContain('January Cellnet');
  });
});

describe("one player across a slip to the other sex's spelling of the given name (qa38)", () => {
  const played = (name: string, i: number): string => `${name} won her ${['first', 'second', 'third', 'fourth'][i]} match of the week in Sydney on Tuesday.`;

  it('GIVEN "Justine Marchetti-Lund" in four articles and "Justin Marchetti-Lund" in one THEN one player', () => {
    const table = new EntityTable([
      ...[0, 1, 2, 3].map((i) => articleOf(played('Justine Marchetti-Lund', i), `tennis-${i}.txt`)),
      articleOf("It is a blow to the women's draw as the champion, Justin Marchetti-Lund, will miss the event.", 'tennis-4.txt'),
    ]);
    expect(peopleNamed(table, 'Marchetti-Lund')).toEqual([['Justine Marchetti-Lund', 5]]);
  });

  it('GIVEN the other spelling in as many articles THEN two people', () => {
    const table = new EntityTable([
      ...[0, 1].map((i) => articleOf(played('Justine Marchetti-Lund', i), `tennis-${i}.txt`)),
      articleOf('The champion, Justin Marchetti-Lund, will miss the event.', 'tennis-4.txt'),
    ]);
    expect(peopleNamed(table, 'Marchetti-Lund')).toHaveLength(2);
  });

  it('GIVEN "Her brother Justin Marchetti-Lund" THEN a word of his sex keeps him apart', () => {
    const table = new EntityTable([
      ...[0, 1, 2, 3].map((i) => articleOf(played('Justine Marchetti-Lund', i), `tennis-${i}.txt`)),
      articleOf('Her brother Justin Marchetti-Lund was watching from the stands.', 'tennis-4.txt'),
    ]);
    expect(peopleNamed(table, 'Marchetti-Lund')).toHaveLength(2);
  });
});
