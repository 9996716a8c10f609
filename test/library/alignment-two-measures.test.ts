import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/corpus/load.ts';
import type { Article, Sentence } from '../../src/model/article.ts';
import { explainPairs } from '../../src/library/alignment.ts';

// Stories that give "£240m", "£215m", 18, 21, "60m" and 7.27 for other things make each figure too common to anchor a claim on its
// own, as a library of many stories does (here, with `maxPosting` 3, a figure in more than three sentences).
const TEXTS: Record<string, string> = {
  museum: 'Museum opens\n\nThe new museum cost £240m to build. Some 18 galleries opened on 21 floors.',
  club: 'Club bid\n\nA £240m bid for the club was turned down. Its debts stand at £215m. The striker, 21, scored 18 goals.',
  retailer: 'Retailer results\n\nSales reached £240m last year. Profits were £215m. It has 18 shops in 21 towns.',
  port: 'Port sold\n\nThe port was sold for £215m. Its owners had asked £240m. It has 21 berths and 18 cranes.',
  council: 'Council budget\n\nCouncillors voted to bring yearly spending on the scheme down from £240m to £215m, officials said.',
  critics: 'Families warned\n\nCritics say bringing spending on the scheme each year down from £240m to £215m will leave poorer families worse off.',
  candidates: 'Candidates\n\nAt present candidates for the council must be 21, while the voting age is 18.',
  wages: 'Pay rates\n\nAt present the minimum wage for those aged 18 to 21 is £4.10 an hour.',
  trials: 'Indoor trials\n\nShe ran the 60m in 7.27 seconds at the trials. He won a 60m heat in 7.27 seconds. The 60m record of 7.27 seconds stood. A junior clocked 7.27 seconds over 60m.',
  race_third: "Jones third\n\nJones finished third in 7.27 seconds in a high-class women's 60m.",
  race_title: "Smith wins\n\nIn the women's 60m, Smith won the title in 7.27 seconds.",
};
const articles: Article[] = Object.entries(TEXTS).map(([id, text]) => {
  const read = readArticle(`${id}.txt`, new TextEncoder().encode(text));
  if (!read.ok) throw new Error(`${id}: ${read.warning.reason}`);
  return read.article;
});
const explain = explainPairs(articles, { maxPosting: 3 });
const sentenceOf = (id: string, words: string): Sentence => {
  const found = articles.find((article) => article.id === id)?.sentences.find((sentence) => sentence.text.includes(words));
  if (!found) throw new Error(`${id} has no sentence with “${words}”`);
  return found;
};

describe('claim identity: two measures given alike', () => {
  it('GIVEN two sentences that cut one budget "from £240m to £215m", each sum too common to anchor alone THEN the claim test reads one claim by the figures', () => {
    expect(explain(sentenceOf('council', 'Councillors voted'), sentenceOf('critics', 'Critics say'))?.reason).toBe('figure');
  });

  it('GIVEN a third place and a title in "the women\'s 60m", both in 7.27 seconds THEN no claim by those figures: "60m" with no currency may be sixty metres', () => {
    expect(explain(sentenceOf('race_third', 'finished third'), sentenceOf('race_title', 'won the title'))?.reason).toBeNull();
  });

  it('GIVEN two sentences that give the ages 18 and 21 of other rules (the age of candidates, a wage band) THEN no claim by those figures: small whole numbers are no such measure', () => {
    expect(explain(sentenceOf('candidates', 'candidates for'), sentenceOf('wages', 'minimum wage'))?.reason).toBeNull();
  });
});
