import { beforeAll, describe, expect, it } from 'vitest';
import { analyseArticle, analyseSentenceText, type ArticleAnalysis } from '../../src/analysis/certainty.ts';
import { loadArticles } from '../../src/corpus/load.ts';
import type { Article } from '../../src/model/article.ts';
import { Certainty } from '../../src/model/answer.ts';

let articles: Article[];
const analyses = new Map<string, ArticleAnalysis>();

beforeAll(async () => {
  ({ articles } = await loadArticles('seeds'));
  for (const article of articles) analyses.set(article.id.slice(0, 3), analyseArticle(article));
});

function article(prefix: string): Article {
  return articles.find((candidate) => candidate.id.startsWith(prefix))!;
}

/** The certainty of the sentence of article `prefix` that begins with `opening`. */
function certaintyOf(prefix: string, opening: string) {
  const index = article(prefix).sentences.findIndex((sentence) => sentence.text.startsWith(opening));
  expect(index, `no sentence of ${prefix} starts with "${opening}"`).toBeGreaterThanOrEqual(0);
  return analyses.get(prefix)!.sentences[index]!;
}

describe('certainty of seed sentences', () => {
  it('gives every sentence a certainty that fits the model', () => {
    for (const article of articles) {
      const analysis = analyses.get(article.id.slice(0, 3))!;
      expect(analysis.sentences).toHaveLength(article.sentences.length);
      for (const certainty of analysis.sentences) expect(Certainty.safeParse(certainty).success).toBe(true);
    }
  });

  it('carries "the agency claimed" back to Yonhap citing the National Intelligence Service, hedged and second-hand', () => {
    const certainty = certaintyOf('003', 'The agency claimed that Pyongyang was sending');
    expect(certainty.attributedTo).toEqual(['Yonhap', 'National Intelligence Service']);
    expect(certainty.sourcing).toBe('media');
    expect(certainty.level).not.toBe('certain');
    expect(certainty.cues.some((cue) => cue.text === 'claimed' && cue.kind === 'hedge')).toBe(true);
  });

  it('marks a quotation from a diplomat who spoke on condition of anonymity as anonymous', () => {
    const certainty = certaintyOf('000', "'This is a dangerous escalation,' said a European Union diplomat");
    expect(certainty.sourcing).toBe('anonymous');
    expect(certainty.attributedTo).toEqual(['a European Union diplomat']);
  });

  it('keeps the anonymous diplomat as the source of the quotation that continues in the next sentence', () => {
    const certainty = certaintyOf('000', "'The presence of North Korean forces in Russia could destabilize");
    expect(certainty.sourcing).toBe('anonymous');
    expect(certainty.attributedTo).toEqual(['a European Union diplomat']);
    expect(certainty.level).toBe('possible');
  });

  it('calls a flat statement with no source certain and unsourced', () => {
    const certainty = certaintyOf('000', 'The involvement of North Korean troops has sparked mixed reactions globally.');
    expect(certainty).toMatchObject({ level: 'certain', sourcing: 'none', contested: false, attributedTo: [] });
    expect(certainty.note).toBe('Stated as fact by the article, with no source given.');
  });

  it('lowers a hedge inside a conditional ("if accurate, could indicate")', () => {
    const certainty = certaintyOf('002', 'The scale of the operation, if accurate, could indicate');
    expect(certainty.level).toBe('possible');
    expect(certainty.cues.find((cue) => cue.text === 'if accurate')?.kind).toBe('conditional');
    expect(certainty.cues.some((cue) => cue.text === 'could' && cue.kind === 'hedge')).toBe(true);
  });

  it('does not call "according to unconfirmed reports" certain', () => {
    const certainty = certaintyOf('000', 'According to unconfirmed reports, approximately 5,000');
    expect(certainty.level).not.toBe('certain');
    expect(certainty.cues.some((cue) => cue.text === 'unconfirmed reports')).toBe(true);
    expect(certainty.sourcing).toBe('vague');
  });

  it('marks claims met with skepticism and yet to be verified as contested', () => {
    const certainty = certaintyOf('004', 'These claims have been met with skepticism by Western intelligence agencies');
    expect(certainty.contested).toBe(true);
    expect(certainty.cues.filter((cue) => cue.kind === 'contested').map((cue) => cue.text)).toEqual(['met with skepticism', 'yet to verify']);
  });

  it('marks claims Ukrainian officials dismissed as contested', () => {
    expect(certaintyOf('000', 'However, Ukrainian officials have dismissed these claims').contested).toBe(true);
  });

  it('does not read "disputed territories" as a contested claim', () => {
    const certainty = certaintyOf('004', 'This narrative, however, has been challenged');
    expect(certainty.cues.filter((cue) => cue.kind === 'contested').map((cue) => cue.text)).toEqual(['challenged']);
  });

  it('reads "he explained" as the last person named', () => {
    expect(certaintyOf('000', 'This coordinated effort, he explained').attributedTo).toEqual(['Khinstsen']);
  });

  it('gives the chain outermost first for "Yonhap news agency, citing the National Intelligence Service"', () => {
    const certainty = certaintyOf('004', 'According to unconfirmed reports from South Korea’s Yonhap news agency');
    expect(certainty.attributedTo).toEqual(['Yonhap', 'National Intelligence Service']);
    expect(certainty.sourcing).toBe('media');
    expect(certainty.contested).toBe(true);
    expect(certainty.note).toBe("Hedged ('unconfirmed reports', 'allegedly'); second-hand: Yonhap citing National Intelligence Service; contested ('unconfirmed').");
  });

  it('names the subject before an interposed "citing" clause', () => {
    expect(certaintyOf('002', 'South Korean media, citing the National Intelligence Service').attributedTo).toEqual(['South Korean media', 'National Intelligence Service']);
  });

  it('calls "analysts suggest" a vague source', () => {
    const certainty = certaintyOf('003', 'Analysts suggest that this could relate');
    expect(certainty.sourcing).toBe('vague');
    expect(certainty.level).toBe('possible');
  });

  it('leaves "remain to be seen" open', () => {
    expect(certaintyOf('003', 'However, the practical implications of such collaborations remain to be seen').level).toBe('unknown');
  });

  it('gives every cue as a verbatim slice of its own sentence', () => {
    for (const article of articles) {
      analyses.get(article.id.slice(0, 3))!.sentences.forEach((certainty, index) => {
        const sentence = article.sentences[index]!;
        for (const cue of certainty.cues) {
          expect(article.text.slice(cue.start, cue.end)).toBe(cue.text);
          expect(cue.start).toBeGreaterThanOrEqual(sentence.start);
          expect(cue.end).toBeLessThanOrEqual(sentence.end);
        }
      });
    }
  });
});

describe('analyseSentenceText', () => {
  it('reads future "will" as certain', () => {
    expect(analyseSentenceText('The company will move its headquarters to Ohio next year.').level).toBe('certain');
  });

  it('reads "May" the month as no hedge', () => {
    expect(analyseSentenceText('The talks were held in May 2024 in Geneva.').level).toBe('certain');
  });

  it('reads "would" of reported speech as certain and a hypothetical "would" as possible', () => {
    expect(analyseSentenceText('The ministry said it would publish the figures on Monday.').level).toBe('certain');
    expect(analyseSentenceText('A ceasefire would ease pressure on the border towns.').level).toBe('possible');
  });

  it('reads "could not be reached" as past inability, not a hedge', () => {
    expect(analyseSentenceText('The spokesman could not be reached for comment.').level).toBe('certain');
  });

  it('reads "than expected" as an outcome, and "is expected to" as a prediction', () => {
    expect(analyseSentenceText('Profits rose faster than expected.').level).toBe('certain');
    expect(analyseSentenceText('The minister is expected to resign.').level).toBe('probable');
  });

  it('reads a denied doubt as no hedge', () => {
    expect(analyseSentenceText('There is no doubt that the vote took place.').level).toBe('certain');
  });

  it('gives cue offsets into the text it was given', () => {
    const text = 'Troops are reportedly massing near the border.';
    const { cues } = analyseSentenceText(text);
    expect(cues).toEqual([{ text: 'reportedly', start: 11, end: 21, kind: 'hedge' }]);
  });
});
