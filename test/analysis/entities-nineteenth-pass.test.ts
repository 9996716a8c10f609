import { describe, expect, it } from 'vitest';
import { names, tableOf, written } from '../support/entity-table-of.ts';

// Names that a fresh read of /who found split or merged: a given name that is another person's
// surname, a surname of the "Mc" shape taken for an acronym, a nationality read into a name, a
// team sheet's initial and a short form of a given name. The texts are written in the shapes of
// political, film and sports reporting.

describe("a given name that is another person's surname in the same article", () => {
  it('GIVEN "Dennis Hale" and then "Mr Dennis" and "Mr Hale" THEN Mr Dennis is not Dennis Hale', () => {
    const table = tableOf(
      'Former party treasurer Dennis Hale has been told he cannot stand again. Mr Hale said he was disappointed. At a rally, Mr Dennis insisted the rules had been followed. The party leader, Mr Dennis, said: "We are one team."',
    );
    expect(written(table.find('Dennis Hale'))).not.toContain('Dennis');
  });

  it('GIVEN a family name written first ("Zhou Ming … Mr Zhou") with no "Mr Ming" THEN Mr Zhou is still Zhou Ming', () => {
    const table = tableOf('"The fees are too high," said Zhou Ming, an official at the city pricing bureau. Mr Zhou said a review would report in March.');
    expect(written(table.find('Zhou Ming'))).toContain('Zhou');
  });

  it('GIVEN "Sir Clive" after "Clive Woodward" THEN Sir Clive is Clive Woodward: a knight is called by his given name', () => {
    const table = tableOf('England coach Clive Woodward named his squad on Monday. Woodward left out two captains. Sir Clive said he had picked on form.');
    expect(written(table.find('Clive Woodward'))).toContain('Clive');
  });
});

describe('a title after a lower-case qualifier', () => {
  it('GIVEN "then deputy Conservative Chairman Ed Marsh" THEN his descriptor keeps "deputy"', () => {
    const table = tableOf('The row grew when then deputy Conservative Chairman Ed Marsh was recorded at a private dinner.');
    expect([...(table.find('Ed Marsh')?.descriptors.keys() ?? [])]).toEqual(['then deputy Conservative Chairman']);
  });
});

describe('a surname of the "Mc" or "Di" shape', () => {
  it('GIVEN "Mario DiMarco" and then "DiMarco" alone THEN the surname is his, not an organisation', () => {
    const table = tableOf('The thriller stars Mario DiMarco as a retired detective. Critics said DiMarco had never been better.');
    expect(table.find('DiMarco')?.name).toBe('Mario DiMarco');
    expect(table.entities.filter((entity) => entity.kind === 'organisation').map((entity) => entity.name)).toEqual([]);
  });

  it('GIVEN "McTavish" opening a sentence in the one article that names him THEN it is still read as a name', () => {
    const table = tableOf('McTavish headed in from a corner to level the scores before half-time.');
    expect(table.find('McTavish')).toBeDefined();
  });

  it('GIVEN "McTavish" alone in a match report THEN it is no organisation', () => {
    const table = tableOf('The visitors levelled when McTavish headed in from a corner.');
    expect(table.find('McTavish')?.kind).not.toBe('organisation');
  });
});

describe('a nationality before a full name', () => {
  it('GIVEN "Russian Oleg Petrenko" and "Petrenko" alone THEN the name is Oleg Petrenko, described as Russian', () => {
    const table = tableOf('Top seed Lee Hart beat Russian Oleg Petrenko in straight sets on Tuesday. Petrenko had won their last two meetings.');
    expect(names(table)).toContain('Oleg Petrenko');
    expect(names(table)).not.toContain('Russian Oleg Petrenko');
    expect([...(table.find('Oleg Petrenko')?.descriptors.keys() ?? [])]).toEqual(['Russian']);
  });

  it('GIVEN "Russian Oleg Petrenko, the man he beat in last year\'s final," THEN the apposition is his descriptor, not only "Russian"', () => {
    const table = tableOf("Lee Hart will meet Russian Oleg Petrenko, the man he beat in last year's final, on Thursday. Petrenko is seeded fourth.");
    expect([...(table.find('Oleg Petrenko')?.descriptors.keys() ?? [])]).toEqual(["man he beat in last year's final"]);
  });

  it('GIVEN a firm that opens with a nationality ("Canadian Kestrel Outfitters"), no word of it written alone THEN it keeps its whole name', () => {
    const table = tableOf('The shop was bought by Canadian Kestrel Outfitters last year.');
    expect(names(table)).toContain('Canadian Kestrel Outfitters');
  });

  it('GIVEN a plural people before a list of names ("Kenyans Paul Rono and …") THEN neither takes it as a descriptor', () => {
    const table = tableOf('The race was led by Kenyans Paul Rono and Sammy Kiprop from the start.');
    expect(table.entities.flatMap((entity) => [...entity.descriptors.keys()])).not.toContain('Kenyans');
  });
});

describe("a team sheet's initial and surname", () => {
  const report = 'Fly-half Declan Rourke kicked 14 points as Munster won in Perpignan. Munster: P Hanlon (Cork), D Rourke (Cork), T Keane (Limerick).';

  it('GIVEN "Declan Rourke" in the report and "D Rourke" in its team sheet THEN they are one player', () => {
    const table = tableOf(report);
    expect(written(table.find('Declan Rourke'))).toEqual(['Declan Rourke', 'D Rourke']);
  });

  it('GIVEN "D Rourke" on another team sheet, after an article that links the two THEN it is Declan Rourke too', () => {
    const table = tableOf(report, 'Munster: P Hanlon (Cork), D Rourke (Cork), T Keane (Limerick). Replacements: S Barry, J Walsh.');
    expect(table.find('D Rourke')?.name).toBe('Declan Rourke');
  });

  it('GIVEN "J Lyle" on a team sheet and a minister Jenny Lyle named elsewhere, never linked THEN the player stays apart', () => {
    const table = tableOf('Transport Minister Jenny Lyle opened the new line on Friday.', 'Ulster: K Boyd (Belfast), J Lyle (Belfast), P Quinn (Derry).');
    expect(table.find('J Lyle')?.name).toBe('J Lyle');
  });

  it('GIVEN "C Hart" on the bench and "Colin Rhys Hart" in the report THEN the initial is not taken for the longer name', () => {
    const table = tableOf('Colin Rhys Hart comes into the centres for Sale. Replacements: Bowen, Lund, C Hart.');
    expect(table.find('C Hart')?.name).toBe('C Hart');
  });
});

describe('a short form of a given name', () => {
  it('GIVEN "Rafa Morales" in one article and "Rafael Morales" in another THEN one person', () => {
    const table = tableOf('Valencia boss Rafa Morales praised his side.', 'Rafael Morales has signed a new contract with Valencia.');
    expect(table.find('Rafa Morales')).toBe(table.find('Rafael Morales'));
  });

  it('GIVEN "Rafael Morales" in the first article and "Rafa Morales" in a later one THEN the short form still finds him', () => {
    const table = tableOf('Rafael Morales has signed a new contract with Valencia.', 'Valencia boss Rafa Morales praised his side.');
    expect(table.find('Rafa Morales')?.name).toBe('Rafael Morales');
  });
});
