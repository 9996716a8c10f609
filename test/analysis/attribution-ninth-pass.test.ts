import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../support/certainty-of.ts';

describe('a contrasting clause with a vague frame beside a named speaker', () => {
  it('GIVEN "He insisted he did not know the date, but it is widely expected to be 5 May" after the prime minister is named THEN the note gives the named speaker and the vague frame each its own words, the frame after "but"', () => {
    const certainty = certaintyOf('He insisted he did not know the poll date, but it is widely expected to be 5 May.', 'Prime Minister Tony Blair refused to be drawn on the timing.');
    expect(certainty.note).toBe("Hedged ('expected'); attributed to Tony Blair; after 'but', from an unnamed, vague source: people not named ('is widely expected').");
  });

  it('GIVEN a named speaker and a vague frame after "while" THEN the named speaker is never listed under "unnamed, vague"', () => {
    const certainty = certaintyOf('The chancellor said he had not decided, while the rise is widely tipped to be a quarter point.');
    expect(certainty.note).toMatch(/^Hedged \('tipped to'\); attributed to The chancellor; after 'while', from an unnamed, vague source: /u);
  });

  it('GIVEN sources of two kinds joined as two voices ("Sources close to the talks said …, with Mr Ross warning …") THEN each kind gets its own words', () => {
    const certainty = certaintyOf('Sources close to the talks said the deal was close, with Mr Ross warning that nothing was agreed.');
    expect(certainty.note).toBe('From an anonymous source: Sources close to the talks; attributed to Ross.');
    expect(certainty.note).not.toMatch(/anonymous source: [^;]*Ross/u);
  });

  it('GIVEN two named sources ("figures from X and Y said") THEN they stay one list under "attributed to"', () => {
    const certainty = certaintyOf('The minister said the talks had failed, and the union said it would strike.');
    expect(certainty.note).toMatch(/^About the future \('would'\); attributed to The minister and the union\.$/u);
  });
});

describe('a subject that reacts to what someone said ("X criticised a NOUN who said …")', () => {
  it('GIVEN "Gordon Brown has criticised a union leader who said the budget would hurt workers" THEN the note is attributed to Gordon Brown, naming the union leader as the one criticised, not as an anonymous second voice', () => {
    const certainty = certaintyOf('Gordon Brown has criticised a union leader who said the budget would hurt workers.');
    expect(certainty.note).toBe("About the future ('would'); attributed to Gordon Brown, who criticised what a union leader, not named, said.");
  });

  it('GIVEN "Mr Kennedy dismissed critics who said …" THEN the subject is the source and the critics the ones dismissed', () => {
    const certainty = certaintyOf('Mr Kennedy dismissed critics who said the party had no policies.');
    expect(certainty.attributedTo).toEqual(['Kennedy', 'critics']);
    expect(certainty.note).toBe('Attributed to Kennedy, who dismissed what critics, not named, said.');
  });

  it('GIVEN "Mr Howard rejected a report which said …" THEN the source is Mr Howard, never the words "Mr Howard rejected a report"', () => {
    const certainty = certaintyOf('Mr Howard rejected a report which said crime had fallen.');
    expect(certainty.attributedTo).toEqual(['Howard', 'a report']);
    expect(certainty.note).toBe("Attributed to Howard, who rejected what a report said; contested ('rejected').");
  });

  it('GIVEN "Labour condemned a bishop who argued that …" THEN Labour, reacting to the bishop', () => {
    expect(certaintyOf('Labour condemned a bishop who argued that the war was unjust.').note).toBe('Attributed to Labour, who condemned what a bishop, not named, said.');
  });

  it('GIVEN "The minister hit back at an economist who warned that …" THEN the minister, reacting to the economist', () => {
    expect(certaintyOf('The minister hit back at an economist who warned that taxes would rise.').note).toBe(
      "About the future ('would'); attributed to The minister, who hit back at what an economist, not named, said.",
    );
  });

  it('GIVEN a named object ("criticised Bob Crow, who said …") THEN the object is named as the one criticised, with no "not named"', () => {
    expect(certaintyOf('Gordon Brown has criticised Bob Crow, who said the budget would hurt workers.').note).toBe(
      "About the future ('would'); attributed to Gordon Brown, who criticised what Bob Crow said.",
    );
  });

  it('GIVEN "welcomed the ruling by a judge who said …" THEN the rule stays out: the relative clause hangs from the judge, not from what was welcomed', () => {
    expect(certaintyOf('Unions welcomed the ruling by a judge who said the strike was lawful.').note).not.toContain('who welcomed');
  });
});

describe('rumours that are the subject of a passive saying what fuelled them', () => {
  it('GIVEN "Rumours of a rift were fuelled by the sudden decision to …" THEN no hedge: the sentence states what fuelled the rumours', () => {
    const certainty = certaintyOf('Rumours of a rift were fuelled by the sudden decision to hold the briefing at the same time as a speech by the chancellor.');
    expect(certainty.level).toBe('certain');
    expect(certainty.note).toBe('Stated as fact by the article, with no source given.');
  });

  it('GIVEN "Rumours of a takeover bid were fanned by heavy trading …" THEN no hedge', () => {
    expect(certaintyOf('Rumours of a takeover bid were fanned by heavy trading in the shares on Friday.').level).toBe('certain');
  });

  it('GIVEN "Rumours of a bid grew as the shares rose" (rumours reported as news, no passive) THEN still hedged by "Rumours"', () => {
    expect(certaintyOf('Rumours of a bid grew as the shares rose.').cues.map((cue) => cue.text)).toContain('Rumours');
  });

  it('GIVEN "Rumours of a bid, which were later denied, sent the shares up" (a comma before the passive) THEN still hedged', () => {
    expect(certaintyOf('Rumours of a bid, which were later denied, sent the shares up 5%.').level).not.toBe('certain');
  });

  it('GIVEN "Allegations of bribery were denied by the minister" THEN still hedged: what is alleged stays alleged', () => {
    expect(certaintyOf('Allegations of bribery were denied by the minister.').cues.map((cue) => cue.text)).toContain('Allegations');
  });
});

describe('source phrases cut where the name really ends', () => {
  const sourceOf = (sentence: string): string[] => certaintyOf(sentence).attributedTo;

  it('GIVEN "according to a report by UK think-tank Demos" THEN Demos, never "UK", and "think-tank" is no verb of thinking', () => {
    const certainty = certaintyOf('Online shopping is growing fast, according to a report by UK think-tank Demos.');
    expect(certainty.attributedTo).toEqual(['Demos']);
    expect(certainty.cues.map((cue) => cue.text)).not.toContain('think');
  });

  it('GIVEN "…, the left-leaning think-tank said" THEN the think-tank', () => {
    expect(sourceOf('Taxes will have to rise, the left-leaning think-tank said.')).toEqual(['the left-leaning think-tank']);
  });

  it('GIVEN "…, the industry watchdog, Ofcom, said" THEN the industry watchdog, as before', () => {
    expect(sourceOf('Broadband take-up doubled last year, the industry watchdog, Ofcom, said.')).toEqual(['the industry watchdog']);
  });

  it('GIVEN "the Pew Internet and American Life Project said" THEN the whole name, not cut at "and"', () => {
    expect(sourceOf('Half of adults now use the net daily, the Pew Internet and American Life Project said.')).toEqual(['Pew Internet and American Life Project']);
  });

  it('GIVEN "the Finance and Economy Ministry said" THEN the whole name', () => {
    expect(sourceOf('Growth will slow next year, the Finance and Economy Ministry said.')).toEqual(['Finance and Economy Ministry']);
  });

  it('GIVEN "Tony Blair and Gordon Brown said" THEN no name of a body joins the two people', () => {
    expect(sourceOf('Tony Blair and Gordon Brown said the plan would work.').join(' ')).not.toContain('Tony Blair and');
  });

  it('GIVEN an inverted "…, thinks Tim Danton, editor of PC Pro." THEN Tim Danton', () => {
    expect(sourceOf('The market is going to get much tougher, thinks Tim Danton, editor of PC Pro.')).toEqual(['Tim Danton']);
  });

  it('GIVEN an inverted "…, believes Mr Blair, is …" inside the sentence THEN Blair', () => {
    expect(sourceOf('What this is really about, believes Mr Blair, is the opposition spotting a chance to embarrass the government.')).toEqual(['Blair']);
  });

  it('GIVEN a stray comma after an opening name ("Mr Gates, said the firm …") THEN Gates', () => {
    expect(sourceOf('Mr Gates, said the firm would keep investing.')).toEqual(['Gates']);
  });

  it('GIVEN a role and a name with a stray comma ("The men\'s solicitor Matthew Knight, said …") THEN the solicitor by name', () => {
    expect(sourceOf("The men's solicitor Matthew Knight, said the men had done nothing wrong.")).toEqual(['Matthew Knight']);
  });

  it('GIVEN an apposition with no closing comma ("Mark Hale, from the Public and Commercial Services union said …") THEN the person, never "from the …"', () => {
    expect(sourceOf('Mark Hale, from the Public and Commercial Services union said there should be a one-day strike.')).toEqual(['Mark Hale']);
  });

  it('GIVEN "Almost a quarter (21%) of those polled said …" THEN the words after the bracket are not read as an apposition', () => {
    expect(sourceOf('Almost a quarter (21%) of those polled for the paper said he should return.').join(' ')).not.toBe('');
  });

  it('GIVEN "Bill Gates, said to be the richest man, …" THEN no source: "said to be" describes him', () => {
    expect(sourceOf('Bill Gates, said to be the richest man in the world, visited the plant.')).toEqual([]);
  });

  it('GIVEN "…, the lawsuit states." and "The report states that …" THEN the document', () => {
    expect(sourceOf('The firm knowingly sold faulty parts, the lawsuit states.')).toEqual(['the lawsuit']);
    expect(sourceOf('The report states that growth will slow.')).toEqual(['The report']);
  });

  it('GIVEN "the United States said" or "member states said" THEN "states" is never the verb', () => {
    expect(sourceOf('The United States said the talks had failed.')).toEqual(['United States']);
    expect(certaintyOf('Several member states said the talks had failed.').cues.map((cue) => cue.text)).not.toContain('states');
  });

  it('GIVEN "The report, by the Institute for Fiscal Studies, said" THEN the report is the source, the aside only describing it', () => {
    expect(sourceOf('The report, by the Institute for Fiscal Studies, said taxes would have to rise.')).toEqual(['The report']);
  });

  it('GIVEN "the Muslim Association of Britain (MAB), which believes …" THEN the name without its bracket', () => {
    expect(sourceOf('The event is being held by the Muslim Association of Britain (MAB), which believes voters could swing the result.')).toEqual(['Muslim Association of Britain']);
  });

  it('GIVEN "British hope Imelda Staunton is among the favourites" or "Olympic hope Amy Lee" THEN no source: "hope" is a noun there', () => {
    expect(sourceOf('British hope Imelda Staunton is among the favourites for the award.')).toEqual([]);
    expect(sourceOf("Britain's Olympic hope Amy Lee won gold.")).toEqual([]);
  });

  it('GIVEN "Republicans hope Bush will win" THEN the verb still has its subject', () => {
    expect(sourceOf('Republicans hope Bush will win.')).toEqual(['Republicans']);
  });
});

describe('speech cues PolNeAR train showed missed', () => {
  const sourceOf = (sentence: string): string[] => certaintyOf(sentence).attributedTo;

  it('GIVEN "Caucus-goers were slightly more likely to say they preferred X" THEN the group that says so, never a passive with no one', () => {
    expect(sourceOf('Caucus-goers were slightly more likely to say they preferred the governor.')).toEqual(['Caucus-goers']);
  });

  it('GIVEN "Mr Hale was prompted to say, "…"" THEN Hale', () => {
    expect(sourceOf('The debate was so dull that Mr Hale was prompted to say, "I cannot believe how civil this is."')).toEqual(['Hale']);
  });

  it('GIVEN "The candidates say …" THEN the candidates', () => {
    expect(sourceOf('The candidates say they are not trying to avoid the party leader.')).toEqual(['The candidates']);
  });

  it('GIVEN "Even the field\'s biggest hawks, like A and B, say …" THEN the hawks', () => {
    expect(sourceOf("Even the field's biggest hawks, like Rubio and Bush, say the bulk of the troops should be local.")).toEqual(["the field's biggest hawks"]);
  });
});

describe('source phrases seen wrong reading the BBC notes of this pass', () => {
  const sourceOf = (sentence: string): string[] => certaintyOf(sentence).attributedTo;

  it('GIVEN "…, the National Association of Car Makers of Kenya (NACMK) said." THEN the body by its full name, never the content before the comma', () => {
    expect(sourceOf('New car sales rose 12% to 20,512 from a year earlier, the National Association of Car Makers of Kenya (NACMK) said.')).toEqual(['National Association of Car Makers of Kenya']);
  });

  it('GIVEN "the International Labour Organisation (ILO) said" THEN the full name, not the short form', () => {
    expect(sourceOf('Separately, the International Labour Organisation (ILO) said that a million jobs had gone.')).toEqual(['International Labour Organisation']);
  });

  it('GIVEN "He insisted there was no plan for an invasion saying: "…"" THEN only the one who insisted, never the clause before "saying"', () => {
    const certainty = certaintyOf('He insisted there was no plan for an invasion of the country saying: "Some people think this is the next place."', 'Tony Blair spoke in Cairo.');
    expect(certainty.attributedTo).toEqual(['Tony Blair']);
  });

  it('GIVEN "…, citing rising prices and strong demand" THEN the reason cited is no source', () => {
    expect(sourceOf('Several oil ministers said a cut in output was unlikely, citing rising prices and strong demand.')).toEqual(['Several oil ministers']);
  });

  it('GIVEN "…, citing officials in Seoul" THEN the officials cited are a source', () => {
    expect(sourceOf('The agency said troops had moved, citing officials in Seoul.').join(' ')).toContain('officials');
  });
});

describe('a reason cited by the subject', () => {
  it('GIVEN "The central bank raised rates, citing evidence the recovery was more robust" THEN the bank, whose assessment it is', () => {
    expect(certaintyOf('The central bank raised rates twice last year, citing evidence the recovery was becoming more robust.').attributedTo).toEqual(['The central bank']);
  });
});

describe('a figure is never a source', () => {
  it('GIVEN "The 337,000 new jobs added in October was twice the 169,000 that economists had forecast" THEN no source, never "000 new jobs"', () => {
    const certainty = certaintyOf('The 337,000 new jobs added in October was twice the 169,000 figure that Wall Street economists had forecast.');
    expect(certainty.attributedTo.join(' ')).not.toMatch(/\d/u);
    expect(certainty.attributedTo).toEqual([]);
  });

  it('GIVEN "The agency revised growth down from the 5.9% estimated in May to 3.2%" THEN no source named "9"', () => {
    expect(certaintyOf('The agency revised growth down from the 5.9% estimated in May to 3.2%.').attributedTo.join(' ')).not.toMatch(/^\d|\s\d/u);
  });
});

describe('a figure beside a source, its comma missing', () => {
  it('GIVEN "According to the Pensions Commission\'s report 12 million working people are …" THEN the report, the figure opening the main clause', () => {
    expect(certaintyOf("According to the Pensions Commission's report 12 million working people are not saving enough.").attributedTo).toEqual(["the Pensions Commission's report"]);
  });

  it('GIVEN "… a growth rate of 8% Axa said." THEN Axa', () => {
    expect(certaintyOf('This equated to an annual growth rate of 8% Axa said.').attributedTo).toEqual(['Axa']);
  });

  it('GIVEN "nowhere near the $27bn Russia says Yukos owes" THEN Russia', () => {
    expect(certaintyOf('Baikal paid far less - nowhere near the $27bn Russia says Yukos owes in taxes.').attributedTo).toEqual(['Russia']);
  });

  it('GIVEN "The budget for the year starting on 21 March calls for …" THEN a month after a figure is no name', () => {
    expect(certaintyOf('The budget for the fiscal year starting on 21 March calls for the sale of state holdings.').attributedTo.join(' ')).not.toBe('March');
  });
});

describe('a participle after a clause whose verb is irregular', () => {
  it('GIVEN "Qwest chairman Jo Hale sent a letter to the board on Thursday saying that …" THEN Jo Hale, never the words up to "board"', () => {
    expect(certaintyOf("Qwest chairman Jo Hale sent a letter to the rival's board on Thursday saying that it plans to bid again.").attributedTo).toEqual(['Jo Hale']);
  });

  it('GIVEN "The EU sought to allay fears, stressing that …" THEN the EU', () => {
    expect(certaintyOf("The EU sought to allay the airlines' fears, stressing that the meeting was only a first step.").attributedTo).toEqual(['EU']);
  });
});

describe('a participle inside an opening adverbial', () => {
  it('GIVEN "In a live television broadcast announcing the measure, the president\'s chief aide said …" THEN the aide alone, never the broadcast', () => {
    expect(certaintyOf("In a live television broadcast announcing the measure, the president's chief aide said it was necessary.").attributedTo.join(' ')).not.toContain('broadcast');
  });
});
