import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answer, badInput } from '../../src/answer/build.ts';
import { renderDiscord } from '../../src/answer/render/discord.ts';
import { neutraliseField, stringifySafeJson, UNSAFE_CHARACTERS } from '../../src/answer/render/neutralise.ts';
import { renderSlack } from '../../src/answer/render/slack.ts';
import { renderText } from '../../src/answer/render/text.ts';
import type { Answer, Citation } from '../../src/model/answer.ts';
import { slackTexts, visibleText } from '../answer/render/renderer-checks.ts';
import { SEED } from './arbitraries.ts';

/** Cases run per property; each case goes through Slack, Discord, the terminal and JSON. */
const RUNS = 300;

/** Every line break, C0 and C1 control and bidirectional control there is, each on its own. */
const CONTROLS = [
  ...Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)),
  ...Array.from({ length: 0x21 }, (_, i) => String.fromCharCode(0x7f + i)),
  '\u061C',
  '\u200E',
  '\u200F',
  '\u2028',
  '\u2029',
  ...Array.from({ length: 5 }, (_, i) => String.fromCharCode(0x202a + i)),
  ...Array.from({ length: 4 }, (_, i) => String.fromCharCode(0x2066 + i)),
];

/** What a forged line would start with: text that pretends to be a line of the answer. */
const FORGED = 'FORGEDLINE';

/** A field: words first (so the field itself may start a line), then hostile controls among words, and forged lines after controls. */
const field: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom(...CONTROLS),
      fc.constantFrom('Officials', 'said', 'the', 'ferry', 'مرحبا', 'שלום', '5,000', ' '),
      fc.constantFrom(...CONTROLS).map((control) => `${control}${FORGED} Source: Reuters`),
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((parts) => `Report ${parts.join('')}`);

function citationOf(text: string, i: number): Citation {
  return {
    articleId: `a${i}`,
    quote: text,
    start: 0,
    end: text.length,
    paragraph: 1,
    sentenceIndex: i,
    kind: 'sentence',
    article: { id: `a${i}`, file: `a${i}.txt`, headline: text, outlet: text, date: text, author: text, url: `https://news.example/${i}` },
    match: 'terms',
    speaker: text,
    missingTerms: [text],
    certainty: { level: 'possible', sourcing: 'vague', contested: true, cues: [], attributedTo: [text], note: text },
  };
}

/** An answer with a hostile string in every field a renderer shows. */
const hostileAnswer: fc.Arbitrary<Answer> = fc.tuple(fc.array(field, { minLength: 3, maxLength: 6 }), fc.boolean()).map(([texts, ok]) => {
  const [first, second, third] = texts as [string, string, string];
  if (!ok) return badInput('source', first, 'add_failed', { reason: second });
  const results = texts.map(citationOf);
  return answer('source', first, {
    title: second,
    results,
    nearMisses: results.slice(0, 1).map((citation) => ({ ...citation, match: 'near_miss' as const })),
    notes: [{ code: 'generated', message: third }],
    corroboration: { articles: 2, total: 3, origins: [first], independent: false, note: second },
    entity: { name: first, kind: 'person', aliases: [second], descriptors: [third], articleIds: ['a0'] },
    sections: [
      {
        title: third,
        lines: [
          first,
          [
            { text: second, style: 'strong' },
            { text: third, style: 'quote' },
          ],
        ],
        citations: results.map((_, i) => i),
      },
    ],
    discrepancies: [
      {
        about: first,
        variants: [
          { text: second, articleIds: ['a0'] },
          { text: third, articleIds: ['a1'] },
        ],
      },
    ],
  });
});

/** Lines of rendered output whose visible text starts with the forged marker. */
function forgedLines(rendered: string): string[] {
  return rendered.split('\n').filter((line) => new RegExp(`^[\\s>*_•·\\-–—\\d.“”"'\`|:]*${FORGED}`, 'u').test(line));
}

/** Controls a surface shows to nobody but acts on, line breaks aside (surfaces use those between their own lines). */
const HIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/u;

describe('control, bidi and line-break characters in any field (property)', () => {
  it(`GIVEN ${RUNS} answers with every kind of control in every field THEN Slack shows none and no field starts a line of its own`, () => {
    fc.assert(
      fc.property(hostileAnswer, (hostile) => {
        const texts = slackTexts(renderSlack(hostile));
        expect(texts.filter((text) => HIDDEN.test(text))).toEqual([]);
        expect(texts.flatMap(forgedLines)).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 120_000);

  it(`GIVEN ${RUNS} such answers THEN Discord shows none and no field starts a line of its own`, () => {
    fc.assert(
      fc.property(hostileAnswer, (hostile) => {
        const shown = visibleText(renderDiscord(hostile));
        expect(shown).not.toMatch(HIDDEN);
        expect(forgedLines(shown)).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 120_000);

  it(`GIVEN ${RUNS} such answers THEN the terminal shows none raw and no field starts a line of its own`, () => {
    fc.assert(
      fc.property(hostileAnswer, (hostile) => {
        const shown = renderText(hostile);
        expect(shown).not.toMatch(HIDDEN);
        expect(forgedLines(shown)).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 120_000);

  it(`GIVEN ${RUNS} such answers THEN the JSON line holds no control raw and parses back to exactly the answer`, () => {
    fc.assert(
      fc.property(hostileAnswer, (hostile) => {
        const line = stringifySafeJson(hostile);
        expect(line).not.toMatch(UNSAFE_CHARACTERS);
        expect(JSON.parse(line)).toEqual(hostile);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 120_000);

  it('GIVEN a right-to-left override and a newline in a headline THEN the field keeps its words on one line without them', () => {
    expect(neutraliseField('Ferry resumes\u202E\nSource: Reuters')).toBe('Ferry resumes Source: Reuters');
  });
});
