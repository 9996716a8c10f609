import { describe, expect, it } from 'vitest';
import { ask } from '../support/ask.ts';
import { SEED } from '../support/seeds.ts';
import { must } from '../support/must.ts';

describe('/cite', () => {
  it('cites 003 with its outlet, headline and date in APA style', async () => {
    const answer = await ask('/cite Pyongyang was sending approximately 5,000 engineering troops apa');
    expect(must(answer.results[0]).articleId).toBe(SEED['003']);
    expect(answer.formatted).toEqual([
      {
        style: 'apa',
        label: 'APA (7th)',
        text: 'Unprecedented Military and Logistical Operation Underway Along Kursk Oblast Border, Reveals Governor Khinstsen During Meeting with Putin. (2025, December 2). KPBI Palm Beach International.',
      },
    ]);
  });

  it('writes n.d. for an article without a date and lists what it left out', async () => {
    const answer = await ask('/cite covert military buildup along the region’s border chicago');
    expect(must(must(answer.formatted)[0]).text).toContain('n.d.');
    expect(must(answer.notes[0]).message).toMatch(/outlet, date, author, url/);
  });

  it('never makes up a headline for an article that has none', async () => {
    const answer = await ask('/cite reportedly being trained in demining short');
    expect(must(answer.results[0]).articleId).toBe(SEED['001']);
    expect(must(must(answer.formatted)[0]).text).not.toMatch(/Unprecedented|Covert/);
  });

  it('carries the attribution the article gives in the short style', async () => {
    const answer = await ask('/cite Pyongyang was sending approximately 5,000 engineering troops short');
    expect(must(must(answer.formatted)[0]).text).toContain('(citing Yonhap, citing National Intelligence Service)');
  });

  it('reads a style it does not format as a style asked for, says which styles there are and cites the claim in all of them', async () => {
    const answer = await ask('/cite 5000 troops harvard');
    expect(answer.status).toBe('ok');
    expect(must(answer.notes[0]).message).toBe('There is no “harvard” style here; the styles are short, apa, mla, chicago. Showing them all.');
    expect(must(answer.formatted).map((entry) => entry.style)).toEqual(['short', 'apa', 'mla', 'chicago']);
  });

  it('gives every style when none is named', async () => {
    const answer = await ask('/cite 5000 troops');
    expect(must(answer.formatted).map((entry) => entry.style)).toEqual(['short', 'apa', 'mla', 'chicago']);
  });
});
