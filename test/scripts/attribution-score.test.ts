import { describe, expect, it } from 'vitest';
import { addToTally, type BotReading, emptyTally, judgeSentence, type LabelledReading, namesSource, scoresOf } from '../../scripts/lib/attribution-score.ts';

const named = (resolved: string[], extra: Partial<LabelledReading> = {}): LabelledReading => ({ attributed: true, kind: 'named', resolved, ...extra });
const bot = (sources: string[], extra: Partial<BotReading> = {}): BotReading => ({ attributed: true, kind: 'named', sources, ...extra });
const unattributedLabel: LabelledReading = { attributed: false, kind: 'none', resolved: [] };
const unattributedBot: BotReading = { attributed: false, kind: 'none', sources: [] };

describe('which source phrases name the labelled source', () => {
  it('GIVEN a title and a surname THEN it names the person the label gives in full', () => {
    expect(namesSource('Mr Gammell', 'Bill Gammell')).toBe(true);
  });
  it('GIVEN a descriptor before the name THEN it still names the person', () => {
    expect(namesSource('Chairman Louis Schweitzer', 'Louis Schweitzer')).toBe(true);
  });
  it('GIVEN the titled short form a British article uses THEN it names the knight', () => {
    expect(namesSource('Sir John', 'Sir John Bourn')).toBe(true);
  });
  it('GIVEN a given name alone THEN it does not name the person', () => {
    expect(namesSource('John', 'Sir John Bourn')).toBe(false);
  });
  it('GIVEN a pronoun THEN it names nobody, even the one it stands for', () => {
    expect(namesSource('he', 'he')).toBe(false);
  });
  it('GIVEN a nominal the label resolves to a firm THEN the nominal does not name the firm', () => {
    expect(namesSource('the firm', 'Renault')).toBe(false);
  });
  it('GIVEN a role word that is part of a longer labelled role THEN it does not name it', () => {
    expect(namesSource('US', 'US officials')).toBe(false);
  });
});

describe('what one sentence scores', () => {
  it('GIVEN a sentence naming its source that the bot reads as the article’s own THEN the note is wrong by a missed attribution', () => {
    const judgement = judgeSentence(named(['Cairn Energy'], { written: 'The company' }), unattributedBot);
    expect(judgement).toEqual({ errors: ['missed attribution: source in the sentence'], noteWrong: true });
  });
  it('GIVEN a continued quotation the bot reads as the article’s own THEN the miss is one carried from before', () => {
    expect(judgeSentence(named(['Lord Butler']), unattributedBot).errors).toEqual(['missed attribution: carried from before']);
  });
  it('GIVEN a sentence nobody stands behind that the bot attributes THEN the note is wrong by a spurious attribution', () => {
    expect(judgeSentence(unattributedLabel, bot(['FAO'])).errors).toEqual(['spurious attribution']);
  });
  it('GIVEN the right source and kind THEN the note is right', () => {
    const judgement = judgeSentence(named(['Jack Straw']), bot(['Mr Straw', 'Jack Straw']));
    expect(judgement).toEqual({ errors: [], noteWrong: false, sourceRight: true, kindRight: true });
  });
  it('GIVEN a nominal the bot keeps as written where the label names the firm THEN the source is left unresolved', () => {
    const judgement = judgeSentence(named(['Renault'], { written: 'the firm' }), bot(['the firm']));
    expect(judgement.errors).toEqual(['wrong source: left unresolved']);
  });
  it('GIVEN a body the label itself leaves as written THEN the bot keeping it as written is right', () => {
    expect(judgeSentence(named(['The government'], { written: 'The government' }), bot(['The government'])).sourceRight).toBe(true);
  });
  it('GIVEN a source a reader cannot resolve THEN the bot saying it has an unnamed speaker is right', () => {
    const label: LabelledReading = { attributed: true, kind: 'named', resolved: 'unresolved', written: 'she' };
    expect(judgeSentence(label, bot(["an unnamed speaker ('she')"])).sourceRight).toBe(true);
  });
  it('GIVEN a pronoun the bot gives to another person THEN the source is another name', () => {
    expect(judgeSentence(named(['Philippe Sands'], { written: 'He' }), bot(['He', 'Lord Goldsmith'])).errors).toEqual(['wrong source: another name']);
  });
  it('GIVEN the right source of the wrong kind THEN the note is wrong by its kind alone', () => {
    expect(judgeSentence(named(['Cairn']), bot(['a spokesman for Cairn'], { kind: 'anonymous' })).errors).toEqual(['wrong kind']);
  });
  it('GIVEN a quotation the bot gives to the person spoken to THEN the speaker is wrong but the note is not', () => {
    const judgement = judgeSentence(named(['Liam Fox'], { quoteSpeaker: 'Liam Fox' }), bot(['Fox'], { quoteSpeaker: 'BBC' }));
    expect(judgement).toMatchObject({ errors: ['wrong quote speaker'], noteWrong: false, speakerRight: false });
  });
  it('GIVEN a quotation the bot does not find THEN it is a missed quotation', () => {
    expect(judgeSentence(named(['Lord Butler'], { quoteSpeaker: 'Lord Butler' }), bot(['Butler'])).errors).toEqual(['missed quotation']);
  });
  it('GIVEN a quotation with no speaker that the bot gives to nobody THEN the speaker is right', () => {
    expect(judgeSentence({ ...unattributedLabel, quoteSpeaker: null }, { ...unattributedBot, quoteSpeaker: null }).speakerRight).toBe(true);
  });
});

describe('the figures over a set of sentences', () => {
  it('GIVEN one hit, one miss, one spurious and one right none THEN precision, recall and F1 are a half each and half the notes are wrong', () => {
    const tally = emptyTally();
    const cases: [LabelledReading, BotReading][] = [
      [named(['Jack Straw']), bot(['Jack Straw'])],
      [named(['Jack Straw']), unattributedBot],
      [unattributedLabel, bot(['Security'])],
      [unattributedLabel, unattributedBot],
    ];
    for (const [label, reading] of cases) addToTally(tally, label, reading, judgeSentence(label, reading));
    const scores = scoresOf(tally);
    expect([scores.precision, scores.recall, scores.f1, scores.noteWrong]).toEqual([0.5, 0.5, 0.5, 0.5]);
    expect(scores.noteWrongAttributed).toBeCloseTo(2 / 3);
  });
  it('GIVEN no sentence both call attributed THEN source right has nothing to divide and is undefined', () => {
    const tally = emptyTally();
    addToTally(tally, unattributedLabel, unattributedBot, judgeSentence(unattributedLabel, unattributedBot));
    expect(scoresOf(tally).sourceRight).toBeUndefined();
  });
});
