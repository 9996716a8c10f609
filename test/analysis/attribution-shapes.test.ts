import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/analysis/certainty.ts';
import { readArticle } from '../../src/corpus/load.ts';
import { createSourceMemory, findAttributions } from '../../src/analysis/sources.ts';
import type { Certainty, CertaintyLevel, Sourcing } from '../../src/model/answer.ts';
import { tokenize } from '../../src/text/phrase-matcher.ts';
import { must } from '../support/must.ts';

/**
 * One sentence of real-style reporting (written for these tests, in the shapes news uses), what
 * comes before it in its article, and who the note must say stands behind it.
 */
interface Shape {
  /** Sentences before the one scored, in the same paragraph unless they hold a blank line. */
  before?: string;
  sentence: string;
  /** Sentences after the one scored, in the same paragraph: what the article goes on to say may name its source. */
  after?: string;
  sourcing: Sourcing;
  /** Words one link of the attribution chain must hold (case aside), as the article writes them; absent for `none`. */
  source?: string;
  /** Words no link of the chain may hold: a name the sentence only reports or speaks of. */
  not?: string;
  /** Only where no hedge rule could change it. */
  level?: CertaintyLevel;
}

function certaintyOf(shape: Shape): Certainty {
  const body = [shape.before, shape.sentence, shape.after].filter((part) => part !== undefined).join(' ');
  const result = readArticle('shape.txt', new TextEncoder().encode(`A headline\n\n${body}\n`));
  if (!result.ok) throw new Error(`the loader refused the shape: ${shape.sentence}`);
  const { article } = result;
  const index = article.sentences.findIndex((sentence) => sentence.text.includes(shape.sentence.slice(0, 40)));
  if (index < 0) throw new Error(`no sentence holds: ${shape.sentence}`);
  return must(analyseArticle(article).sentences[index], `sentence ${index}`);
}

function check(shape: Shape): void {
  const certainty = certaintyOf(shape);
  expect({ sourcing: certainty.sourcing, attributedTo: certainty.attributedTo }, shape.sentence).toMatchObject({ sourcing: shape.sourcing });
  if (shape.source !== undefined) {
    const wanted = shape.source.toLowerCase();
    expect(
      certainty.attributedTo.some((name) => name.toLowerCase().includes(wanted)),
      `${shape.sentence} → ${JSON.stringify(certainty.attributedTo)}`,
    ).toBe(true);
  }
  if (shape.not !== undefined) {
    const unwanted = shape.not.toLowerCase();
    expect(
      certainty.attributedTo.some((name) => name.toLowerCase().includes(unwanted)),
      `${shape.sentence} → ${JSON.stringify(certainty.attributedTo)}`,
    ).toBe(false);
  }
  if (shape.sourcing === 'none') expect(certainty.attributedTo, shape.sentence).toEqual([]);
  if (shape.level) expect(certainty.level, shape.sentence).toBe(shape.level);
}

const SPEECH_AFTER_CONTENT: Shape[] = [
  { sentence: 'Profits rose by 5% in the first quarter, the company said.', sourcing: 'named', source: 'the company' },
  { before: 'Shares in Harlow Foods rose sharply on Monday.', sentence: 'Profits rose by 5% in the first quarter, the company said.', sourcing: 'named', source: 'Harlow Foods' },
  { before: 'Talks between Corvane Motors and the unions resumed on Tuesday.', sentence: 'A deal could be reached within days, the firm claims.', sourcing: 'named', source: 'Corvane Motors' },
  { before: 'Brightwell Group has cut 300 jobs this year.', sentence: 'No further cuts are planned, the group said.', sourcing: 'named', source: 'Brightwell Group' },
  { before: 'The Pellham Bank reported its results on Friday.', sentence: 'Bad loans fell for a third quarter, it added.', sourcing: 'named', source: 'Pellham Bank' },
  { sentence: 'The new terminal will open in March, airport officials said.', sourcing: 'vague', source: 'airport officials' },
  { sentence: 'The ministry received more than 4,000 complaints last year, Mr Howard said.', sourcing: 'named', source: 'Howard' },
  { sentence: 'The plant will close by the end of the year, Margaret Ellis, the site manager, said.', sourcing: 'named', source: 'Margaret Ellis' },
  { sentence: 'Inflation is likely to fall next year, the Bank of England said on Thursday.', sourcing: 'named', source: 'Bank of England' },
  { sentence: 'The station was closed for three hours, Network Rail said.', sourcing: 'named', source: 'Network Rail' },
  { sentence: 'Two men were arrested at the scene, police said.', sourcing: 'named', source: 'police' },
  { sentence: 'The road reopened at noon, a police spokesman said.', sourcing: 'anonymous', source: 'a police spokesman' },
  { sentence: 'The offer values the company at £2bn, a spokesman for Dunmore Holdings said.', sourcing: 'named', source: 'a spokesman for Dunmore Holdings' },
  { sentence: 'Sales in Asia doubled, the chief executive, Tom Barrow, said.', sourcing: 'named', source: 'Tom Barrow' },
  { sentence: 'The museum will stay closed until June, its director said.', sourcing: 'named', source: 'its director' },
  { sentence: 'Ticket prices will rise by 3%, the operator said in a statement.', sourcing: 'named', source: 'the operator' },
  { sentence: 'The merger would create the largest brewer in Europe, analysts said.', sourcing: 'vague', source: 'analysts' },
  { sentence: 'The harvest was the worst in a decade, farmers say.', sourcing: 'vague', source: 'farmers' },
  { sentence: 'The vote was "a clear message to Westminster", Ms Carter told reporters.', sourcing: 'named', source: 'Carter' },
  { sentence: 'The fine was the largest ever imposed on a bank, the regulator said.', sourcing: 'named', source: 'the regulator' },
];

const SPEECH_BEFORE_CONTENT: Shape[] = [
  { sentence: 'The company said its profits would rise this year.', sourcing: 'named', source: 'the company' },
  { sentence: 'Earlier this month the airline said it would cut 300 jobs.', sourcing: 'named', source: 'the airline' },
  { sentence: 'On Tuesday the minister said the talks had broken down.', sourcing: 'named', source: 'the minister' },
  { sentence: 'In 2003 the bank said its bad debts had peaked.', sourcing: 'named', source: 'the bank' },
  { sentence: 'In a statement its chief executive said the offer was too low.', sourcing: 'named', source: 'its chief executive' },
  { sentence: 'Gordon Brown said the economy was stronger than at any time in a generation.', sourcing: 'named', source: 'Gordon Brown' },
  { sentence: 'Mr Kennedy says the tax would hit pensioners hardest.', sourcing: 'named', source: 'Kennedy' },
  { sentence: 'Ms Hewitt told MPs the scheme would be extended to Wales.', sourcing: 'named', source: 'Hewitt' },
  { sentence: 'The Treasury told the committee that the figures had been revised.', sourcing: 'named', source: 'Treasury' },
  { sentence: 'Alan Milburn has told a conference in Blackpool that the party must not be complacent.', sourcing: 'named', source: 'Alan Milburn' },
  { sentence: 'Lord Falconer claimed the reforms would save millions of pounds.', sourcing: 'named', source: 'Falconer' },
  { sentence: 'Sir Digby Jones warned that firms could move jobs overseas.', sourcing: 'named', source: 'Digby Jones' },
  { sentence: 'Mr Letwin insisted that no taxes would rise under his plans.', sourcing: 'named', source: 'Letwin' },
  { sentence: 'Mrs Beckett argued that the targets were still within reach.', sourcing: 'named', source: 'Beckett' },
  { sentence: 'The airline denied that safety checks had been skipped.', sourcing: 'named', source: 'the airline' },
  { sentence: 'Mr Ebbers added that he had never read the accounts.', sourcing: 'named', source: 'Ebbers' },
  { sentence: 'Ann Winterton wrote in a letter to the party that she would not stand again.', sourcing: 'named', source: 'Ann Winterton' },
  { sentence: 'Carmaker Vantor announced that it would build a plant in Slovakia.', sourcing: 'named', source: 'Vantor' },
  { sentence: 'The union warned that strikes could follow in the new year.', sourcing: 'named', source: 'the union' },
  { sentence: 'Mr Blunkett admitted he had made mistakes.', sourcing: 'named', source: 'Blunkett' },
  { sentence: 'Chancellor Gordon Brown insisted that growth would pick up in the second half.', sourcing: 'named', source: 'Gordon Brown' },
  { sentence: 'Michael Howard, the Conservative leader, said the plans were a stealth tax.', sourcing: 'named', source: 'Michael Howard' },
  { sentence: 'Dean Walsh, a 52-year-old builder from Leeds, says he will vote for the first time.', sourcing: 'named', source: 'Dean Walsh' },
  { sentence: 'Tony Blair, speaking in Brussels on Friday, said the talks had been difficult.', sourcing: 'named', source: 'Tony Blair' },
  { sentence: 'Mr Prescott also said the houses would be built on brownfield land.', sourcing: 'named', source: 'Prescott' },
  { sentence: 'The chairman of the committee, Edward Leigh, said the waste was unacceptable.', sourcing: 'named', source: 'Edward Leigh' },
  { sentence: 'Labour said the Tory plans would cost £35bn.', sourcing: 'named', source: 'Labour' },
  { sentence: 'Shell has said it will cut its reserves estimate again.', sourcing: 'named', source: 'Shell' },
  { sentence: 'The Liberal Democrats claim the tax is unfair on the low paid.', sourcing: 'named', source: 'Liberal Democrats' },
];

const SAID_INVERTED: Shape[] = [
  { sentence: '"We are delighted with the result," said Jane Moss, who chairs the trust.', sourcing: 'named', source: 'Jane Moss' },
  { sentence: '"This is a bad day for the industry," said one trader in London.', sourcing: 'anonymous', source: 'one trader' },
  { sentence: '"The figures speak for themselves," said a spokeswoman for the department.', sourcing: 'anonymous', source: 'a spokeswoman for the department' },
  { sentence: '"Nobody expected the market to turn so fast," said Peter Hale, an economist at Carrow Bank.', sourcing: 'named', source: 'Peter Hale' },
  { sentence: 'Growth will slow next year, said the International Monetary Fund.', sourcing: 'named', source: 'International Monetary Fund' },
  { sentence: '"It is a sad day," added Mr Hughes.', sourcing: 'named', source: 'Hughes' },
  { sentence: '"We will appeal," said the club.', sourcing: 'named', source: 'the club' },
  { sentence: '"The risks are rising," warned the former governor of the central bank.', sourcing: 'named', source: 'former governor of the central bank' },
];

const QUOTE_THEN_SPEAKER: Shape[] = [
  { sentence: '"We will not raise taxes," Mr Howard said.', sourcing: 'named', source: 'Howard' },
  { sentence: '"The economy is strong," the chancellor insisted.', sourcing: 'named', source: 'the chancellor' },
  { before: 'Chancellor Gordon Brown spoke to business leaders in Manchester.', sentence: '"The economy is strong," the chancellor insisted.', sourcing: 'named', source: 'Gordon Brown' },
  { sentence: '"We were never told about the risks," one resident told the BBC.', sourcing: 'anonymous', source: 'one resident' },
  { sentence: '"The deal is dead," a source close to the talks said.', sourcing: 'anonymous', source: 'a source close to the talks' },
  { sentence: '"It is too early to say," the spokeswoman added.', sourcing: 'named', source: 'the spokeswoman' },
  { sentence: '"This is the end of an era," Ms Jowell told BBC Radio 4\'s Today programme.', sourcing: 'named', source: 'Jowell' },
  { sentence: '"Prices will fall," Mr Ellis wrote in his weekly column.', sourcing: 'named', source: 'Ellis' },
  { sentence: '"I have done nothing wrong," Mr Kilroy-Silk insisted.', sourcing: 'named', source: 'Kilroy-Silk' },
  { sentence: '"The board acted properly at all times," the bank said in a statement.', sourcing: 'named', source: 'the bank' },
];

const ACCORDING_TO: Shape[] = [
  { sentence: 'According to the Office for National Statistics, retail sales fell by 0.5% in December.', sourcing: 'named', source: 'Office for National Statistics' },
  { sentence: 'Retail sales fell by 0.5% in December, according to the Office for National Statistics.', sourcing: 'named', source: 'Office for National Statistics' },
  { sentence: 'Drug prices rose twice as fast as inflation, according to a review published by Public Citizen.', sourcing: 'named', source: 'a review published by Public Citizen' },
  { sentence: 'According to Reuters, the talks collapsed late on Friday.', sourcing: 'media', source: 'Reuters' },
  { sentence: 'The firm lost £40m last year, according to its annual report.', sourcing: 'named', source: 'its annual report' },
  { sentence: 'According to people close to the chairman, he will step down in May.', sourcing: 'anonymous', source: 'people close to the chairman' },
  { sentence: 'According to some estimates, as many as 10,000 jobs could go.', sourcing: 'vague', source: 'some estimates' },
  { sentence: 'House prices rose by 12% last year, according to figures from the Halifax.', sourcing: 'named', source: 'Halifax' },
  { sentence: 'According to BBC political editor Nick Robinson, the vote will be close.', sourcing: 'media', source: 'BBC' },
  { sentence: 'The plane was carrying 120 passengers, according to the airline.', sourcing: 'named', source: 'the airline' },
];

const INTERLOCUTOR: Shape[] = [
  { sentence: 'Mr Clarke told BBC News that the law would be changed.', sourcing: 'named', source: 'Clarke' },
  { sentence: 'The minister told the Financial Times that no decision had been made.', sourcing: 'named', source: 'the minister' },
  { sentence: 'Sarah Lyons told the BBC she had been offered a settlement.', sourcing: 'named', source: 'Sarah Lyons' },
  { sentence: 'Mr Patel told the court he had never met the men.', sourcing: 'named', source: 'Patel' },
  { sentence: 'His former adviser has told a US court that the accounts were false.', sourcing: 'named', source: 'His former adviser' },
  { sentence: 'The firm told shareholders that profits would be lower than expected.', sourcing: 'named', source: 'The firm' },
];

const HEARING_AND_DOCUMENTS: Shape[] = [
  { sentence: 'The defendant had been drinking for six hours before the crash, the court heard.', sourcing: 'named', source: 'what the court heard' },
  { sentence: 'The court has heard that the money was moved through three accounts.', sourcing: 'named', source: 'what The court heard' },
  { sentence: 'The jury was told that the fire started in the kitchen.', sourcing: 'named', source: 'what The jury heard' },
  { sentence: 'The prime minister misled parliament over the war, a new book claims.', sourcing: 'vague', source: 'a new book' },
  { sentence: 'A report says a third of hospitals are failing to meet the targets.', sourcing: 'vague', source: 'A report' },
  { sentence: 'The National Audit Office report found that the project was £1bn over budget.', sourcing: 'named', source: 'The National Audit Office report' },
  { sentence: 'Court papers show that the company paid the fee in cash.', sourcing: 'named', source: 'Court papers' },
  { sentence: 'Documents seen by the BBC suggest the plan was approved in 2003.', sourcing: 'media', source: 'BBC' },
  { sentence: 'A study by the University of Leeds found that one in five children skipped breakfast.', sourcing: 'named', source: 'A study by the University of Leeds' },
  { sentence: 'Official figures show unemployment fell to 4.7% in the summer.', sourcing: 'named', source: 'Official figures' },
  { sentence: 'The Pentagon memo says the base will close in 2007.', sourcing: 'named', source: 'The Pentagon memo' },
  { before: 'A report by the Audit Commission was published on Tuesday.', sentence: 'The report said councils had wasted £300m.', sourcing: 'named', source: 'The report' },
];

const POLLS: Shape[] = [
  { sentence: 'In the survey, 72% of voters said the economy was their main concern.', sourcing: 'vague', source: '72% of voters' },
  { sentence: 'Some 61 percent of Democrats said they would back the bill.', sourcing: 'vague' },
  { sentence: 'Two-thirds of those polled said they trusted the health service.', sourcing: 'vague', source: 'Two-thirds of those polled' },
  { sentence: 'A YouGov poll for the Daily Telegraph found Labour three points ahead.', sourcing: 'named', source: 'A YouGov poll for the Daily Telegraph' },
  { sentence: 'A Populus poll found that 40% of voters had not decided.', sourcing: 'named', source: 'A Populus poll' },
  { sentence: 'Most voters say the war was a mistake.', sourcing: 'vague', source: 'Most voters' },
  { sentence: 'About one in five say they will not vote at all.', sourcing: 'vague', source: 'one in five' },
  { sentence: 'Nearly nine out of 10 say they expect prices to rise.', sourcing: 'vague', source: 'nine out of 10' },
  { sentence: 'The survey shows that confidence among small firms has fallen.', sourcing: 'named', source: 'The survey' },
];

const ANONYMOUS: Shape[] = [
  { sentence: "The author's sources, all unnamed allies of the two men, said the feud began in 1994.", sourcing: 'anonymous' },
  { sentence: 'Sources close to the chancellor said he would not be moved.', sourcing: 'anonymous', source: 'Sources close to the chancellor' },
  { sentence: 'A senior official, who asked not to be named, said the deal was close.', sourcing: 'anonymous' },
  { sentence: 'One insider said the board had been split for months.', sourcing: 'anonymous' },
  { sentence: 'People familiar with the talks said an offer could come next week.', sourcing: 'anonymous', source: 'People familiar with the talks' },
  { sentence: 'A government source said the bill would be dropped.', sourcing: 'anonymous' },
  { sentence: 'Two people with knowledge of the matter said the bid had been withdrawn.', sourcing: 'anonymous' },
  { sentence: 'A diplomat, speaking on condition of anonymity, said the vote would be delayed.', sourcing: 'anonymous' },
  { sentence: 'One longtime friend said he had been unhappy for years.', sourcing: 'anonymous' },
  { sentence: 'Several of his aides said privately that the campaign was in trouble.', sourcing: 'vague' },
];

const VAGUE: Shape[] = [
  { sentence: 'Critics say the scheme is too expensive.', sourcing: 'vague', source: 'Critics' },
  { sentence: 'It is widely believed that the chancellor wants the top job.', sourcing: 'vague' },
  { sentence: 'Many experts argue that the tax will raise less than forecast.', sourcing: 'vague', source: 'Many experts' },
  { sentence: 'Some have suggested that the bank was too slow to act.', sourcing: 'vague' },
  { sentence: 'Analysts say the shares are undervalued.', sourcing: 'vague', source: 'Analysts' },
  { sentence: 'Observers say the election will be the closest in years.', sourcing: 'vague' },
  { sentence: 'It is thought that the talks will resume next month.', sourcing: 'vague' },
  { sentence: 'Economists believe the rate rise will slow the housing market.', sourcing: 'vague', source: 'Economists' },
  { sentence: 'Some analysts expect the central bank to cut rates again.', sourcing: 'vague' },
  { sentence: 'Campaigners claim the new road will destroy ancient woodland.', sourcing: 'vague', source: 'Campaigners' },
  { sentence: 'Others argue that the cuts have gone too far.', sourcing: 'vague', source: 'Others' },
  { sentence: 'Residents said they had heard two loud bangs.', sourcing: 'vague', source: 'Residents' },
];

const MEDIA: Shape[] = [
  { sentence: 'The Financial Times reported that the bid would be raised.', sourcing: 'media', source: 'Financial Times' },
  { sentence: 'Reuters said the company had hired advisers.', sourcing: 'media', source: 'Reuters' },
  { sentence: 'Crowds gathered outside the embassy, the Associated Press reported.', sourcing: 'media', source: 'Associated Press' },
  { sentence: 'The Sunday Times says the minister will resign.', sourcing: 'media', source: 'The Sunday Times' },
  { sentence: 'Speaking to Sky News, Mr Byers said he had no regrets.', sourcing: 'media', source: 'Sky News' },
  { sentence: "Yonhap, citing Seoul's defence ministry, said the ship had sunk.", sourcing: 'media', source: 'Yonhap' },
  { sentence: 'Yonhap, citing government officials, said the ship had sunk.', sourcing: 'vague', source: 'Yonhap' },
  { sentence: 'The talks have stalled, the Chicago Tribune reports.', sourcing: 'media', source: 'Chicago Tribune' },
];

const COLON_AND_NOUN_CUES: Shape[] = [
  { sentence: 'Mr Howard: "We will cut the waste and cut your taxes."', sourcing: 'named', source: 'Howard' },
  { sentence: 'In a statement, the company said it would fight the ruling.', sourcing: 'named', source: 'the company' },
  { sentence: 'In a statement, Ofcom said the complaints would be investigated.', sourcing: 'named', source: 'Ofcom' },
  { sentence: 'A spokesman for Virgin Atlantic said the flights would resume on Monday.', sourcing: 'named', source: 'A spokesman for Virgin Atlantic' },
  { sentence: 'A statement from the palace said the prince was recovering.', sourcing: 'named' },
  { sentence: 'Tesco chief executive Terry Leahy said trading had been tough.', sourcing: 'named', source: 'Terry Leahy' },
];

const UNATTRIBUTED: Shape[] = [
  { sentence: 'The firm employs 3,000 people in Scotland.', sourcing: 'none', level: 'certain' },
  { sentence: 'The planned closure of some 1,200 branches, alongside 4,000 job cuts, suggests a deep restructuring at the bank.', sourcing: 'none' },
  { sentence: 'The agreement indicates a shift in strategy at the bank.', sourcing: 'none' },
  { sentence: 'Shares in the bank closed 3% higher on Friday.', sourcing: 'none', level: 'certain' },
  { sentence: 'The election will be held on 5 May.', sourcing: 'none' },
  { sentence: 'The US added 250,000 jobs in December.', sourcing: 'none', level: 'certain' },
  { sentence: 'The company posted a loss of £12m for the year.', sourcing: 'none', level: 'certain' },
  { sentence: 'Prices continued to climb throughout the winter.', sourcing: 'none', level: 'certain' },
  { sentence: 'The deal was signed in Brussels on Tuesday.', sourcing: 'none', level: 'certain' },
  { sentence: 'A company called Fenwick Ltd bought the site in 2001.', sourcing: 'none' },
  { sentence: 'He was told to leave the building.', sourcing: 'none' },
  { sentence: 'The minister was later charged with fraud.', sourcing: 'none' },
  { sentence: 'Mr Blair met the French president in Paris.', sourcing: 'none', level: 'certain' },
  { sentence: 'The film took $40m at the box office in its first weekend.', sourcing: 'none', level: 'certain' },
  { sentence: 'Turnout in the last election was 59%.', sourcing: 'none', level: 'certain' },
  { sentence: 'The unknown band signed a record deal in March.', sourcing: 'none' },
  { sentence: 'Oil prices hit a record high of $55 a barrel.', sourcing: 'none', level: 'certain' },
];

const PRONOUNS: Shape[] = [
  { before: 'Michael Howard spoke in Manchester on Monday.', sentence: 'He said the party would win back the north.', sourcing: 'named', source: 'Michael Howard' },
  { before: 'Patricia Hewitt visited the factory in Derby.', sentence: 'She said the jobs were safe.', sourcing: 'named', source: 'Patricia Hewitt' },
  { before: 'Mr Howard attacked the government over its record on crime.', sentence: '"The figures are a disgrace," she said.', sourcing: 'named', source: "an unnamed speaker ('she')" },
  { before: 'Mr Howard met Ms Kelly at the school on Monday.', sentence: 'She said the visit had been useful.', sourcing: 'named', source: 'Kelly' },
  { before: 'Ms Kelly met Mr Howard at the school on Monday.', sentence: 'He said the visit had been useful.', sourcing: 'named', source: 'Howard' },
  { before: 'Labour MPs met on Tuesday night to discuss the bill.', sentence: 'They said the plans would be changed.', sourcing: 'vague', source: 'Labour MPs' },
  { before: 'Vantor Motors reported a 12% fall in sales.', sentence: 'It said the strong pound had hurt exports.', sourcing: 'named', source: 'Vantor Motors' },
  { sentence: 'He said the deal was off.', sourcing: 'named', source: "an unnamed speaker ('He')" },
  { before: 'The weather was cold and wet all week.', sentence: 'She said the roads were dangerous.', sourcing: 'named', source: "an unnamed speaker ('She')" },
  { before: 'Gordon Brown, the chancellor, gave his budget speech on Wednesday.', sentence: 'The chancellor insisted that the public finances were sound.', sourcing: 'named', source: 'Gordon Brown' },
  { before: 'Sir Digby Jones addressed the conference.', sentence: 'He warned that red tape was driving firms abroad.', sourcing: 'named', source: 'Digby Jones' },
  { before: 'Ruth Kelly, the education secretary, answered questions from MPs.', sentence: 'Later she said the reforms would go ahead.', sourcing: 'named', source: 'Ruth Kelly' },
];

/** Shapes the first pass missed, found by grouping the speech cues it left unread on PolNeAR's train split. */
const SECOND_PASS_SPEECH: Shape[] = [
  { sentence: '"The scheme was never fair to her," said former Treasury adviser Alan Pryce.', sourcing: 'named', source: 'Alan Pryce' },
  { sentence: 'Campaign aides said the average donation was below £30.', sourcing: 'vague', source: 'Campaign aides' },
  { sentence: 'Treasury and Downing Street spokesmen said the rules had been followed.', sourcing: 'vague', source: 'spokesmen' },
  { sentence: 'The judge took off his glasses, and then said the case would be adjourned.', sourcing: 'named', source: 'the judge' },
  { sentence: 'Yorkshire delegate Brenda Hollis, wearing a rosette the size of a saucer, said the vote could go either way.', sourcing: 'named', source: 'Brenda Hollis' },
  { sentence: 'Mr Keane, who has clashed with the board repeatedly, said he had met its members only once.', sourcing: 'named', source: 'Keane' },
  { sentence: 'The self-styled free-market liberal said he would hold the seat with ease.', sourcing: 'named', source: 'free-market liberal' },
  { sentence: 'Mr Lyle however said he would welcome a fresh offer.', sourcing: 'named', source: 'Lyle' },
  { sentence: 'One of the authors of the 2003 review, Jane Bell, said its findings still stood.', sourcing: 'named', source: 'Jane Bell' },
  { sentence: '"It was the best night of my life," said the 46-year-old.', sourcing: 'named', source: '46-year-old' },
  { sentence: '"It is still all to play for," added another Labour councillor.', sourcing: 'anonymous', source: 'another Labour councillor' },
  { sentence: 'Some said they had been shocked by the size of the bill.', sourcing: 'vague', source: 'some' },
  { sentence: 'The bank, however, added another £2bn to its reserves.', sourcing: 'none' },
  { sentence: 'Mr Keane, who said last month that he would stand down, left the meeting early.', sourcing: 'named', source: 'Keane' },
  { sentence: 'The plan, which says nothing about pay, was published on Friday.', sourcing: 'none' },
  { sentence: 'The firm holds a stake in Northern Rail Lines, which maintains the track around Leeds.', sourcing: 'none' },
  { sentence: 'Lord Hale said he agreed with the report, and said it should be read in full.', sourcing: 'named', source: 'Hale' },
  { sentence: 'Interest rates are at 2%, but comments from senior officials point to a rise.', sourcing: 'none' },
  { sentence: 'Retired miners who watched the debate said they were unmoved by it.', sourcing: 'vague', source: 'Retired miners' },
  { sentence: 'The plan that he said would save millions was dropped in June.', sourcing: 'named', source: "an unnamed speaker ('he')" },
  { sentence: 'And Welsh farming advocates say they have private promises from ministers.', sourcing: 'vague', source: 'farming advocates' },
  { sentence: 'When asked whom she would back, Mrs Pryor smiled and said she had not decided.', sourcing: 'named', source: 'Pryor' },
  { sentence: 'By the end of the week, Mr Cole was forced into a rare apology and said his words had been misread.', sourcing: 'named', source: 'Cole' },
  { sentence: 'A quieter campaign may be no bad thing, say some Labour MPs, who recall the last one.', sourcing: 'vague', source: 'Labour MPs' },
  { sentence: 'Take a city, say, Leeds, and look at what rents have done.', sourcing: 'none' },
  { sentence: 'Labour activists campaigning to block the closure say they have new support.', sourcing: 'vague', source: 'Labour activists' },
  { sentence: 'The rules governing the sale say nothing about pay.', sourcing: 'none' },
  { sentence: 'The billionaire property magnate says the planning rules are unfair.', sourcing: 'named', source: 'property magnate' },
  { sentence: "The Treasury's chief economist, Ruth Lane, says there is room to cut taxes.", sourcing: 'named', source: 'Ruth Lane' },
];

/** Shapes the bot read wrongly on BBC News, written anew: who saw a document, fragments of a phrase, a firm and its name, party groups, asides. */
const THIRD_PASS_NEWS: Shape[] = [
  { sentence: 'The letter, seen by parents, says the school will close in July.', sourcing: 'named', source: 'The letter' },
  { sentence: 'A draft of the budget, seen by BBC News, says fuel duty will rise.', sourcing: 'vague', source: 'A draft of the budget' },
  { sentence: 'At the time, the chain was seen by many as a safe bet.', sourcing: 'vague', source: 'many' },
  { sentence: 'The builder said profits would fall but stressed that the majority of its UK projects were on time.', sourcing: 'named', source: 'The builder' },
  { sentence: 'According to the Harcourt report the trend marked young buyers out as the keenest.', sourcing: 'named', source: 'the Harcourt report' },
  { sentence: 'Director of Public Prosecutions, Ken Hale, who sits on the panel, said the rules were clear.', sourcing: 'named', source: 'Ken Hale' },
  { sentence: 'Ms Dunne, Labour MP for Leeds Central, said the rules were clear.', sourcing: 'named', source: 'Dunne' },
  { sentence: 'The firm, Paion, said its drug had passed the last trial.', sourcing: 'named', source: 'Paion' },
  { before: 'Shares in Marlow Foods rose 4% on Monday.', sentence: 'The German drugs firm, Paion, said its drug had passed the last trial.', sourcing: 'named', source: 'Paion' },
  { sentence: 'Democrats say the bill will fail in the Senate.', sourcing: 'named', source: 'Democrats' },
  { sentence: 'Tories claim the tax will rise after the election.', sourcing: 'named', source: 'Tories' },
  { before: 'Tories claim the tax will rise after the election.', sentence: 'They say the figures do not add up.', sourcing: 'named', source: 'Tories' },
  { sentence: 'Alan Brown, who heads the survey, said prices would fall.', sourcing: 'named', source: 'Alan Brown' },
  { sentence: 'Tom Hale is currently standing trial, accused of orchestrating an $11bn fraud.', sourcing: 'none' },
  { sentence: 'The union accused ministers of betrayal over the pay offer.', sourcing: 'named', source: 'The union' },
];

/** Speech cues the second pass left unread on PolNeAR train, grouped by shape and written anew. */
const THIRD_PASS_SPEECH: Shape[] = [
  { sentence: 'The council closed two libraries in March and said it would sell the buildings.', sourcing: 'named', source: 'The council' },
  { sentence: 'Mr Dale, who was speaking in Leeds, did not name his rival, but told voters the town deserved better.', sourcing: 'named', source: 'Dale' },
  { sentence: 'Ms Ward thanked the crowd, then says she will stand again.', sourcing: 'named', source: 'Ward' },
  { before: 'Mr Keane has led the union since 2001.', sentence: "He's said he will not stand again.", sourcing: 'named', source: 'Keane' },
  { sentence: "It's said that the deal was done over dinner.", sourcing: 'none' },
  { sentence: "''The vote is close, and it will be,'' said Tom Hale, a party agent.", sourcing: 'named', source: 'Tom Hale' },
  { sentence: "Rates will rise, and they will stay there,'' said Ann Hurst.", sourcing: 'named', source: 'Ann Hurst' },
  { sentence: 'Former Liberal leader Jane Corder welcomed the report, saying it was overdue.', sourcing: 'named', source: 'Jane Corder' },
  { sentence: 'Ms Ward went so far as to say the plan was unlawful.', sourcing: 'named', source: 'Ward' },
  { sentence: 'Mr Hale took to Twitter to say he was sorry.', sourcing: 'named', source: 'Hale' },
  { sentence: 'Mr Hale was quoted as saying the deal was dead.', sourcing: 'named', source: 'Hale' },
  { sentence: '"It will fail," said lobbyist and party strategist Tom Black.', sourcing: 'named', source: 'Tom Black' },
  { sentence: 'Acting "calmly and honestly" believed to be right would be enough, the report said.', sourcing: 'named', source: 'the report' },
];

/** Beliefs and intentions are their holder's claims; acts of support and forecasts with no holder are not attributions. */
const BELIEFS_AND_INTENTIONS: Shape[] = [
  { sentence: 'Mr Sefton believes the deal is dead.', sourcing: 'named', source: 'Sefton' },
  { sentence: 'The government regards the new tax as a success.', sourcing: 'named', source: 'the government' },
  { sentence: 'Mr Lane doubts the figures will hold up.', sourcing: 'named', source: 'Lane' },
  { sentence: 'Harlow Foods plans to cut 300 jobs by March.', sourcing: 'named', source: 'Harlow Foods' },
  { sentence: 'Ms Kerr endorsed the plan on Monday.', sourcing: 'none' },
  { sentence: 'The council supported the bid for a new stadium.', sourcing: 'none' },
  { sentence: 'Their plans to expand were shelved last year.', sourcing: 'none' },
  { sentence: 'Growth is expected to slow next year.', sourcing: 'none' },
  { sentence: 'Talks over the finance bill, covering the budget plans, to be passed by April, went on late.', sourcing: 'none' },
  { sentence: 'Marlow Foods has agreed to buy the dairy for £80m.', sourcing: 'none' },
];

/** Shapes the labelled BBC evaluation's tuning half showed the bot misreading, written anew. */
const FOURTH_PASS_NEWS: Shape[] = [
  { sentence: 'The attorney general has denied his advice to ministers was rewritten by officials.', sourcing: 'named', source: 'attorney general' },
  { sentence: 'The solicitor general said the ruling would be appealed.', sourcing: 'named', source: 'solicitor general' },
  { before: 'Ms Hollis spoke to reporters outside the court.', sentence: 'She added the verdict was a relief to her family.', sourcing: 'named', source: 'Hollis' },
  { sentence: 'The new owners added a second runway to the airport.', sourcing: 'none' },
  { sentence: 'Mr Tanner dismissed the latest Labour attack.', sourcing: 'named', source: 'Tanner' },
  { sentence: 'Ms Royle dismissed the plan as a gimmick.', sourcing: 'named', source: 'Royle' },
  { sentence: 'The carmaker dismissed 300 staff at its Luton plant.', sourcing: 'none' },
  { sentence: 'The shadow chancellor hit back by saying the figures had been fiddled.', sourcing: 'named', source: 'shadow chancellor' },
  { sentence: 'Councillors had hoped to raise £2m from the sale but in the end got half that.', sourcing: 'none' },
  { sentence: 'In March, Corvane Motors issued its second profits warning in a year.', sourcing: 'none' },
  { sentence: "Jobs and growth would be the party's two themes in the spring, said Mr Deane.", sourcing: 'named', source: 'Deane' },
  { before: 'According to the World Bank, aid to farmers rose by a third last year.', sentence: 'Most of the money went to sugar and cotton growers.', sourcing: 'none' },
  { sentence: 'Ex-BBC presenter Tom Garrow said the party had lost its way.', sourcing: 'named', source: 'Tom Garrow' },
  { sentence: 'Former ITN newsreader Ann Hurst said she would stand in Derby.', sourcing: 'named', source: 'Ann Hurst' },
  { sentence: 'Most pundits are betting on an election in May.', sourcing: 'vague', source: 'pundits' },
  { sentence: 'Investors said the shares had been oversold.', sourcing: 'vague', source: 'Investors' },
  { sentence: 'Lawyers say the case could take years.', sourcing: 'vague', source: 'Lawyers' },
  { sentence: 'Strong sales in Asia helped carmaker Corvane lift its profits by 40% although the firm warned of lower margins.', sourcing: 'named', source: 'Corvane' },
  { before: 'Mr Dunn spoke to shareholders on Friday.', sentence: 'He also stressed that fans who wanted to keep a say in the club could hold on to a few shares.', sourcing: 'named', source: 'Dunn' },
  {
    before: 'Peter Lane, the Tory home affairs spokesman, visited the prison on Monday.',
    sentence: 'The Tory spokesman said the wing should close.',
    sourcing: 'named',
    source: 'Peter Lane',
  },
  {
    before: 'Peter Lane, the Labour health spokesman, visited the hospital on Monday.',
    sentence: 'The Tory spokesman said the ward should close.',
    sourcing: 'named',
    source: 'Tory spokesman',
  },
];

/** Who the note names when a sentence holds more than one attribution, or names someone it only speaks of. */
const REPORTING_CLAUSE: Shape[] = [
  { sentence: 'Ms Dale said she had backed the scheme when Mr Rowe argued for it in cabinet.', sourcing: 'named', source: 'Dale', not: 'Rowe' },
  { sentence: 'Mr Finch said the unions had proposed the same cuts a year ago.', sourcing: 'named', source: 'Finch', not: 'unions' },
  { sentence: 'Ms Hale said the rival bid, which Mr Crane announced on Monday, was too low.', sourcing: 'named', source: 'Hale' },
  { sentence: 'The lawyer who had acted for Mr Venn had said the rules favoured landlords, said Mr Rudd.', sourcing: 'named', source: 'Rudd', not: 'Venn' },
  { sentence: 'The lawyer who had acted for Mr Venn said the rules favoured landlords.', sourcing: 'named', source: 'The lawyer', not: 'Venn' },
  { sentence: 'The creditors have asked the regulator to step in, the bank said.', sourcing: 'named', source: 'the bank', not: 'creditors' },
  { sentence: 'Marlow Foods believes its losses will be small, the Financial Times reported.', sourcing: 'media', source: 'Marlow Foods' },
  { sentence: 'The Guardian quoted Mr Venn as saying the talks had failed.', sourcing: 'media', source: 'Venn' },
  { sentence: 'Mr Reed said analysts expect the shares to fall.', sourcing: 'vague', source: 'analysts' },
  { sentence: 'Mrs Kaye promised a "firm but fair" policy on housing and said the unions would back it.', sourcing: 'named', source: 'Kaye', not: 'unions' },
  { sentence: 'The study adds "a vital piece of evidence," said Ann Lowe, professor of economics at Leeds.', sourcing: 'named', source: 'Ann Lowe', not: 'study' },
  { sentence: 'The growth rate topped the 3% that economists had forecast.', sourcing: 'none' },
  { sentence: 'Shares fell sharply, with Mr Dunn quoted as saying the firm could not survive.', sourcing: 'named', source: 'Dunn' },
  { sentence: 'Mr Lowe has suggested that Mr Pryce is lying to win a lighter sentence, something Mr Pryce denies.', sourcing: 'named', source: 'Lowe' },
  { sentence: 'The minister said the opposition plans would mean £50bn of cuts, which the Tories deny.', sourcing: 'named', source: 'minister', not: 'Tories' },
  { sentence: 'Former Tarrant Oil boss Neil Gray is standing trial, accused of hiding $2bn of debts.', sourcing: 'none' },
  {
    before: 'The prime minister spoke first.',
    sentence: 'He attacked Labour plans to raise the pension age - but Mr Dean said the Tories had proposed the same thing.',
    sourcing: 'named',
    source: 'Dean',
    not: 'Labour',
  },
];

/** Verbs of speech the earlier passes missed: a participle after a clause, and words that were overheard. */
const PARTICIPLES_AND_OVERHEARD: Shape[] = [
  { sentence: 'Mr Carver has rejected that idea saying the costs would be far too high.', sourcing: 'named', source: 'Carver' },
  { sentence: 'Mrs Oakes also left the Greens saying the party had lost its nerve.', sourcing: 'named', source: 'Oakes', not: 'Greens' },
  { sentence: 'Later, off air, Mr Brandt was heard saying he was sick of the whole campaign.', sourcing: 'named', source: 'Brandt' },
  { sentence: 'The chairman was caught saying the figures were made up.', sourcing: 'named', source: 'chairman' },
  { sentence: "I'll bet that the day after the vote Mr Keane will be saying he saw it coming.", sourcing: 'named', source: 'Keane' },
  { sentence: 'In the first government Mr Lowe was put in charge of schools, while insisting on higher standards.', sourcing: 'named', source: 'Lowe' },
];

/** Cues the tuning half and the QA report showed missed or misread, written anew. */
const FIFTH_PASS_CUES: Shape[] = [
  { before: 'Lord Keane gave evidence on Monday.', sentence: 'He also attacked the way the bill was "rushed" through the Commons.', sourcing: 'named', source: 'Keane' },
  { sentence: 'Ms Royle attacked Labour plans to raise the pension age.', sourcing: 'named', source: 'Royle' },
  { sentence: 'Rebels attacked a police convoy outside the city.', sourcing: 'none' },
  { sentence: 'The embassy was attacked by gunmen on Sunday night.', sourcing: 'none' },
  { sentence: 'The plan has been attacked by the Tories as too little, too late.', sourcing: 'named', source: 'Tories' },
  { before: 'Mr Dane spoke at the launch.', sentence: "That's why, he added, the party must change.", sourcing: 'named', source: 'Dane' },
  { sentence: 'Harlow Foods is said to be one firm on its list of targets.', sourcing: 'vague', source: "people not named ('is said to')" },
  { sentence: 'Mr Pike is already the largest shareholder, holding a 30% stake, and now hopes to take full control of the club.', sourcing: 'named', source: 'Pike' },
  { sentence: 'The committee chairman was giving his reaction to a report by a government watchdog on the outbreak.', sourcing: 'none' },
  { sentence: 'Nothing as grand as the "new paradigm" which the chancellor himself once quoted - but a simple idea every student has met.', sourcing: 'none' },
  { sentence: 'The new rules, which, critics say, will add to costs, take effect in May.', sourcing: 'vague', source: 'critics' },
  { before: 'Mr Cable spoke in Leeds.', sentence: 'He asked why ministers attacked Lib Dem plans for a new tax rate.', sourcing: 'named', source: 'Cable', not: 'ministers' },
];

/** An outlet's report of someone's words goes on in the quotations that follow it, for a sentence or two. */
const RELAYED_QUOTATIONS: Shape[] = [
  { before: 'The Guardian quoted Mr Venn telling staff that he wanted a fresh start.', sentence: '"We must change or we will close," he said.', sourcing: 'media', source: 'Guardian' },
  { before: 'The Guardian quoted Mr Venn telling staff that he wanted a fresh start.', sentence: '"We must change or we will close," he said.', sourcing: 'media', source: 'Venn' },
  {
    before: 'The Guardian quoted Mr Venn telling staff that he wanted a fresh start. The talks went on all week. The unions met on Friday. Shares fell by 3%.',
    sentence: '"We must change or we will close," he said.',
    sourcing: 'named',
    source: 'Venn',
  },
];

/** Words at a sentence's head that are no source, and a pronoun in a clause of time or cause. */
const HEADS_AND_CLAUSES: Shape[] = [
  { sentence: "Responding to the board's rebuff, Harlow Foods - which is worth £3bn - said it would try again.", sourcing: 'named', source: 'Harlow Foods', not: 'Responding' },
  { sentence: 'Welcoming the ruling, Jane Orr, head of the Refugee Forum, said the court had been brave.', sourcing: 'named', source: 'Jane Orr', not: 'Welcoming' },
  { sentence: 'Growth will be 5.7% this year, rather than 6% as forecast before the floods.', sourcing: 'none' },
  { sentence: 'Ex-BBC chat show host Tom Garrow said the party had lost its way.', sourcing: 'named', source: 'Tom Garrow', not: 'BBC' },
  {
    before: 'Mr Dale spoke first at the summit.',
    sentence: "At a dinner on Friday, former Kenyan president Daniel Moi backed Mr Dale's plan when he urged the ministers to cancel the debt.",
    sourcing: 'named',
    source: 'Daniel Moi',
    not: 'Dale',
  },
  { before: 'Mr Hale chaired the panel.', sentence: 'Mr Lim later made the panel laugh as he outlined his plan to scrap the tax.', sourcing: 'named', source: 'Lim', not: 'Hale' },
  { sentence: '"We will win the seat back," said Tom Golvach when asked about the poll.', sourcing: 'named', source: 'Tom Golvach' },
];

/** A definite role resolved to the person the article gave it, written before the name as well as in an apposition. */
const ROLES_BEFORE_NAMES: Shape[] = [
  { before: 'Tory leader Mark Hale spoke in Leeds on Monday.', sentence: 'The Tory leader said taxes would rise under Labour.', sourcing: 'named', source: 'Mark Hale' },
  { before: 'Lib Dem spokesman Owen Pryce met the minister.', sentence: 'The Lib Dem spokesman said the tax was unfair.', sourcing: 'named', source: 'Owen Pryce' },
  {
    before: 'Foreign Secretary Ruth Dale met Shadow foreign secretary Owen Pryce in Brussels.',
    sentence: 'The foreign secretary said the treaty was safe.',
    sourcing: 'named',
    not: 'Owen Pryce',
  },
  { before: 'Former council chief Owen Pryce opened the debate.', sentence: 'The council chief said the budget was sound.', sourcing: 'named', not: 'Owen Pryce' },
];

const OPENING_ADVERBIALS: Shape[] = [
  {
    sentence: 'In January the independent Institute for Economic Research (IER) said the deficit would widen.',
    sourcing: 'named',
    source: 'the independent Institute for Economic Research',
    not: 'January',
  },
  { sentence: 'In March the Office for Transport Statistics (OTS) said rail journeys had risen.', sourcing: 'named', source: 'Office for Transport Statistics', not: 'March' },
  { sentence: 'After the meeting the chairman said no offer had been made.', sourcing: 'named', source: 'the chairman', not: 'meeting' },
  { sentence: 'Before the deal was signed the company said it expected no job losses.', sourcing: 'named', source: 'the company', not: 'deal' },
  { sentence: 'Despite the fall in sales the bank said its profits would rise.', sourcing: 'named', source: 'the bank', not: 'sales' },
  { sentence: 'Shortly after the vote the minister said the result was clear.', sourcing: 'named', source: 'the minister', not: 'vote' },
  {
    sentence: 'Export subsidies "badly" distort world prices, the UNCTAD report on the "State of Cotton Markets 2005" said.',
    sourcing: 'named',
    source: 'the UNCTAD report',
  },
  {
    sentence: 'The claims about Lord Fenton were made in a book published this week by Philip Sandler QC, a member of Harcourt Chambers.',
    sourcing: 'named',
    source: 'Philip Sandler',
  },
  {
    before: 'The claims about Lord Fenton were made in a book published this week by Philippe Sandoz QC, a member of Harcourt Chambers.',
    sentence: 'He also says the minister was warned in March that the plan could be illegal.',
    sourcing: 'named',
    source: 'Philippe Sandoz',
    not: 'Fenton',
  },
  { sentence: 'Most of the parts were made in Japan last year.', sourcing: 'none' },
];

const ROLES_GIVEN_ELSEWHERE: Shape[] = [
  {
    before: 'Lord Hadley, who was cabinet secretary from 1988 to 1998, has attacked the way the government works.',
    sentence: 'The former cabinet secretary said ministers relied too much on political advisers.',
    sourcing: 'named',
    source: 'Hadley',
  },
  {
    before: 'The former cabinet secretary, Lord Hadley, has attacked the way the government works.',
    sentence: 'The former cabinet secretary said ministers relied too much on political advisers.',
    sourcing: 'named',
    source: 'Hadley',
  },
  {
    before: 'Michael Ancell, the Tory foreign affairs spokesman, attacked the treaty in the Commons.',
    sentence: 'The Tory spokesman also criticised the government for claiming the treaty was simple.',
    sourcing: 'named',
    source: 'Michael Ancell',
  },
  {
    before: 'Tom Reed, the chief executive of Harlow Foods, spoke to shareholders on Monday.',
    sentence: 'The chief executive said sales had risen by 4%.',
    sourcing: 'named',
    source: 'Tom Reed',
  },
  {
    before: 'French President Jean Morel met President Bush in Brussels.',
    sentence: 'The French president told reporters the talks had gone well.',
    sourcing: 'named',
    source: 'Jean Morel',
    not: 'Bush',
  },
  {
    before: 'Irish Prime Minister Brian Keane has asked Transport Minister Martin Dunne for a report.',
    sentence: 'Last Friday the minister said he would advertise for three new directors.',
    sourcing: 'named',
    source: 'Martin Dunne',
  },
  {
    before:
      "Taxes were left unpaid under former president Ivan Dorov. The country's new president, Mikhail Sarov, has offered an amnesty. Mr Sarov, elected president in January, wants the money back.",
    sentence: 'The president told a government session that the amnesty would last a year.',
    sourcing: 'named',
    source: 'Sarov',
    not: 'Dorov',
  },
  {
    sentence: '"Cheap flights are here to stay," the minister for civil aviation Ravi Mehta said on Tuesday.',
    sourcing: 'named',
    source: 'Ravi Mehta',
    not: 'minister for civil aviation',
  },
  {
    sentence: 'The chairman of the Commission for Rural Affairs said the plans were unfair.',
    sourcing: 'named',
    source: 'chairman of the Commission for Rural Affairs',
  },
  {
    before: 'Tom Reed, who is due to meet the prime minister on Monday, spoke in Leeds.',
    sentence: 'The prime minister said the talks would go well.',
    sourcing: 'named',
    not: 'Reed',
  },
  {
    before: 'Lord Hadley, who is cabinet secretary, met the committee.',
    sentence: 'The former cabinet secretary said the reforms had failed.',
    sourcing: 'named',
    not: 'Hadley',
  },
  {
    before: 'Jane Moor, the Labour spokesman, and Tom Reed, the Tory spokesman, clashed over the plans on Monday.',
    sentence: 'The spokesman said the tax would hurt families.',
    sourcing: 'named',
    source: 'The spokesman',
    not: 'Reed',
  },
  {
    before: 'Chancellor Gordon Brook spoke in Leeds. German Chancellor Gerd Adler met him later.',
    sentence: 'The chancellor said growth in Europe was too slow.',
    sourcing: 'named',
    source: 'The chancellor',
    not: 'Adler',
  },
];

const ROLE_THEN_NAME: Shape[] = [
  {
    sentence: "A senior Tory MP has criticised the department's approach to planning for floods.",
    after: 'Edward Lyle, the Tory MP for Ashby, said the agency was too slow.',
    sourcing: 'named',
    source: 'Edward Lyle',
  },
  {
    sentence: 'A leading Labour MP has attacked the plans for the new airport.',
    after: 'Tessa Rowe, Labour MP for Hartley, said the runway was not needed.',
    sourcing: 'named',
    source: 'Tessa Rowe',
  },
  {
    sentence: 'A senior Labour MP has attacked the plans for the new airport.',
    after: 'Public accounts committee chairman Edward Lyle said the costs were too high.',
    sourcing: 'named',
    source: 'Labour MP',
    not: 'Edward Lyle',
  },
  {
    sentence: '"Growth has paused but the economy is unlikely to shrink," the economy minister said.',
    after: '"The recovery will continue next year," said economy minister Kenji Arata.',
    sourcing: 'named',
    source: 'Kenji Arata',
  },
  {
    before: 'The Courier had quoted an unnamed executive at Norbex as saying a bid would follow.',
    sentence: '"A merger would save us far more than it would save them," the newspaper quoted the executive as saying.',
    after: 'Norbex chief executive Paul Marne is reported to have met the bank.',
    sourcing: 'media',
    not: 'Paul Marne',
  },
  {
    sentence: 'A senior Tory MP has criticised the plans.',
    after: 'The scheme was launched in May. Edward Lyle, the Tory MP for Ashby, said it was too slow.',
    sourcing: 'named',
    not: 'Edward Lyle',
  },
];

const DESCRIBED_SUBJECTS: Shape[] = [
  { sentence: 'The veteran campaigner said the strike would go ahead on Monday.', sourcing: 'named', source: 'The veteran campaigner' },
  { sentence: 'The deputy head of the Dutch delegation said the talks had stalled.', sourcing: 'named', source: 'deputy head of the Dutch delegation' },
  { sentence: 'The two departments said the figures would be published in March.', sourcing: 'named', source: 'The two departments' },
  { sentence: 'The self-styled reformer said the party had lost its way.', sourcing: 'named', source: 'The self-styled reformer' },
  { sentence: 'That person said the board had been told of the losses in May.', sourcing: 'named', source: 'That person' },
  { sentence: 'A person familiar with the bid says the offer will be raised.', sourcing: 'anonymous', source: 'A person familiar with the bid' },
  { sentence: 'Mr Darling yesterday said the economy would grow by 2% next year.', sourcing: 'named', source: 'Darling', not: 'yesterday' },
  { sentence: 'The airline on Monday said passenger numbers had risen by 4%.', sourcing: 'named', not: 'Monday' },
  { sentence: 'The regulator has this week warned that prices could rise further.', sourcing: 'named', not: 'this week' },
  { sentence: 'Joan Hale, the union leader, last week said members would vote on the offer.', sourcing: 'named', source: 'Joan Hale' },
  { sentence: 'The two unions rejected the offer on Tuesday, saying it did not cover rising costs.', sourcing: 'named', source: 'The two unions' },
  { sentence: 'A spokesman for Leeds City Council also declined to comment, saying the matter was before the courts.', sourcing: 'named', source: 'spokesman for Leeds City Council' },
  { sentence: 'Several shareholders criticised the pay deal at the meeting, saying it rewarded failure.', sourcing: 'vague', source: 'Several shareholders' },
  { sentence: 'The self-described outsider has won two primaries.', sourcing: 'none' },
  { sentence: 'The much-quoted figure of 5,000 troops has not been confirmed.', sourcing: 'none' },
  { sentence: 'Sales in the third quarter rose by 8%, the best figure for three years.', sourcing: 'none' },
];

const NAMES_AND_ASIDES: Shape[] = [
  { sentence: '"The scheme has run out of money," said Will Hardy, a lecturer in economics at Leeds.', sourcing: 'named', source: 'Will Hardy' },
  { sentence: 'Will Hardy said the scheme had run out of money.', sourcing: 'named', source: 'Will Hardy' },
  { sentence: 'The merger, an inside source said, will be announced on Friday.', sourcing: 'anonymous', source: 'an inside source' },
  { sentence: '"We never saw the figures," said chairman of governors Ruth Akers.', sourcing: 'named', source: 'Ruth Akers' },
  {
    sentence: 'Mr Holt, the author of "Cheap Money," a history of the crash, said the banks had learnt nothing.',
    sourcing: 'named',
    source: 'Holt',
    not: 'Cheap Money',
  },
  {
    sentence: '"The board knew in May," said one person with knowledge of the talks, who asked not to be named.',
    sourcing: 'anonymous',
    source: 'one person with knowledge of the talks',
  },
  { sentence: 'The council missed the deadline, but lawyers for the council said this week that it would appeal.', sourcing: 'named', source: 'lawyers for the council' },
  { sentence: 'His lawyers said he would plead not guilty.', sourcing: 'named', source: 'His lawyers' },
  { sentence: 'The crowd barely spoke, but their faces said it all.', sourcing: 'none' },
  { sentence: 'Shareholders who attended the meeting on Tuesday said the board should resign.', sourcing: 'vague', source: 'Shareholders', not: 'meeting' },
  { sentence: 'In several cases, bank executives say, customers were charged twice.', sourcing: 'vague', source: 'bank executives' },
  { sentence: 'Friends of Mr Hale who have seen him at the office recently say that he is tired.', sourcing: 'anonymous', source: 'Friends of Mr Hale' },
];

const OPENINGS_THAT_NAME_NO_ONE: Shape[] = [
  { sentence: 'Hours later, Mr Hale returned to the stage, telling the crowd the vote had been stolen.', sourcing: 'named', source: 'Hale', not: 'Hours' },
  { sentence: 'Early in the campaign, Ms Ward attacked the plan, calling it "a tax on jobs".', sourcing: 'named', source: 'Ward', not: 'Early' },
  { sentence: 'Facing questions from MPs, the minister defended the deal, insisting it was good value.', sourcing: 'named', source: 'the minister', not: 'Facing' },
  { sentence: 'Having promised a review, the chairman refused to publish it.', sourcing: 'none' },
  { sentence: "Tom Bell, the union's general secretary, released a statement confirming the strike would go ahead.", sourcing: 'named', source: 'Tom Bell', not: 'released' },
  { sentence: 'The Treasury less than two weeks ago said the figures were sound.', sourcing: 'named', source: 'Treasury', not: 'ago' },
  { sentence: 'Moreover, Jane Park, director of the institute, noted that the scheme had never been tested.', sourcing: 'named', source: 'Jane Park', not: 'Moreover' },
  { sentence: 'Some claim the scheme was never tested.', sourcing: 'vague', source: 'Some' },
  { sentence: 'Many fear the scheme will cost jobs.', sourcing: 'vague', source: 'Many' },
  { sentence: 'The mayor backed the bid, citing its "strong local support".', sourcing: 'none' },
  { before: 'Mr Hale spoke to reporters after the vote.', sentence: "Cost estimates, he added, were based on last year's prices.", sourcing: 'named', source: 'Hale', not: 'Cost' },
  { before: 'Mr Kerr said the vote was close.', sentence: 'Mr Kerr says, however, that he will stand again.', sourcing: 'named', source: 'Kerr' },
];

const NAMES_ROLES_AND_MARKS: Shape[] = [
  { sentence: '"We were never consulted," said Jock A. Finlayson, head of policy at the chamber.', sourcing: 'named', source: 'Jock A. Finlayson' },
  {
    before: "Mr Hale chairs the savers' association.",
    sentence: '"Times are hard for savers in Leeds, " said Ann Rowe, who runs the fund.',
    sourcing: 'named',
    source: 'Ann Rowe',
    not: 'Hale',
  },
  {
    before: 'Both men met Deputy Prime Minister John Prescott on Monday.',
    sentence: 'The prime minister denied the report on Tuesday.',
    sourcing: 'named',
    source: 'The prime minister',
    not: 'Prescott',
  },
  { before: 'They met Prime Minister Tony Blair on Monday.', sentence: 'The prime minister denied the report on Tuesday.', sourcing: 'named', source: 'Tony Blair' },
  { sentence: 'Economists at HSBC said the rise had been expected.', sourcing: 'named', source: 'Economists at HSBC' },
  { sentence: 'The rise had been expected, said analysts at Barclays Capital.', sourcing: 'named', source: 'analysts at Barclays Capital' },
  { sentence: 'Some analysts at City firms said the rise had been expected.', sourcing: 'vague', source: 'Some analysts' },
  { before: 'The second option is that the timing was an accident.', sentence: 'If that is the case it suggests the party has lost control.', sourcing: 'none' },
  { before: 'The bank published its results on Monday.', sentence: 'It said profits had risen by 5%.', sourcing: 'named' },
  { sentence: 'Labour leader Ann Price also backed the plan but said ministers had been slow.', sourcing: 'named', source: 'Ann Price', not: 'Labour' },
  { sentence: 'Ex-breakfast show host Tom Vale has quit the party and accused it of betraying its voters.', sourcing: 'named', source: 'Tom Vale', not: 'Ex' },
  { sentence: 'Oil chief executive Jan van der Berg resigned, saying he had lost the board.', sourcing: 'named', source: 'Jan van der Berg' },
  { before: 'The plan will cut crime, it is claimed.', sentence: 'Or so says Home Secretary Mark Reed.', sourcing: 'named', source: 'Mark Reed' },
  { sentence: 'The chairman knew of the losses, his closest associate has told a US court.', sourcing: 'named', source: 'his closest associate' },
  { sentence: 'One of the men, Tom Rigg, 34, from Ledbury, Herefordshire, said they would plead not guilty.', sourcing: 'named', source: 'Tom Rigg' },
  { sentence: 'The shares fell by 9%, leading some commentators to argue that the bid had failed.', sourcing: 'vague', source: 'some commentators' },
  { sentence: 'Mr Kemp rejected the idea and queried why the party needed a new leader.', sourcing: 'named', source: 'Kemp' },
  { sentence: 'A court document filed on Thursday says the manager will not be charged.', sourcing: 'named', source: 'A court document', not: 'filed' },
  { sentence: 'Ms Lowe has disputed both reports, but says she would now act differently.', sourcing: 'named', source: 'Lowe' },
  { sentence: 'The steel industry says the tariffs will cost 2,000 jobs.', sourcing: 'named', source: 'The steel industry' },
  { sentence: 'The senator has often cited his rural upbringing in defending his record.', sourcing: 'named', source: 'The senator', not: 'upbringing' },
  { sentence: 'The Treasury cited a review by Deloitte that showed a fall in borrowing.', sourcing: 'named', source: 'Treasury' },
  { sentence: 'The mayor approved the plan and last week said it would cut crime.', sourcing: 'named', source: 'The mayor' },
  { sentence: 'The minister has in recent weeks said the plan would work.', sourcing: 'named', source: 'The minister', not: 'recent' },
  { sentence: 'The chief executive is reported to have held private talks with the rival bidder.', sourcing: 'vague', level: 'probable' },
  { sentence: 'The theft was reported to the police on Monday.', sourcing: 'none' },
];

const EIGHTH_PASS: Shape[] = [
  { sentence: 'Speaking in court, Mr Webb rejected allegations he pressured the finance chief to hide losses.', sourcing: 'none', level: 'possible' },
  { sentence: 'Mr Webb rejected the claims, saying he had done nothing wrong.', sourcing: 'named', source: 'Webb' },
  { sentence: 'Voters in the north-east rejected the plan for a regional assembly.', sourcing: 'none' },
  { sentence: 'The two unions rejected the pay offer on Monday.', sourcing: 'none' },
  { sentence: 'He insisted he did not know the date, but it is widely expected to be 5 May.', sourcing: 'vague', source: 'widely expected' },
  { sentence: 'The minister said she had not decided, but the poll is widely tipped to be held in June.', sourcing: 'vague', source: 'widely tipped' },
  { sentence: 'The new chief executive is widely expected to cut jobs.', sourcing: 'vague', source: 'widely expected' },
  { sentence: 'It was what many thought would happen after the vote.', sourcing: 'vague', source: 'many' },
  { sentence: 'The ruling was what critics of the scheme had predicted.', sourcing: 'vague', source: 'critics' },
  { sentence: 'The result will shape what people think of the prime minister.', sourcing: 'none' },
  { sentence: 'That is not what it promised.', sourcing: 'none' },
  { sentence: 'The shares rose after the Federal Reserve head said rates would stay low.', sourcing: 'named', source: 'Federal Reserve head' },
  { sentence: 'Bond prices fell after the central bank head warned that inflation was rising.', sourcing: 'named', source: 'central bank head' },
];

const EIGHTH_PASS_SPEECH: Shape[] = [
  { sentence: '"I am not shy," I said, trying to regroup.', sourcing: 'named', source: 'the writer' },
  { sentence: 'I told the judge that the firm had misled me.', sourcing: 'named', source: 'the writer' },
  { sentence: 'We asked our readers which candidate had won the debate.', sourcing: 'named', source: 'the writer' },
  { sentence: 'I think the plan is wrong.', sourcing: 'none' },
  { sentence: 'We know the vote will be close.', sourcing: 'none' },
  { sentence: 'If I had said that, I would have been sacked.', sourcing: 'none' },
  { sentence: 'His chief aide stepped up the pressure on the minister, saying she was unfit for office.', sourcing: 'named', source: 'His chief aide' },
  { sentence: 'Their lawyer pressed the point, saying the case was weak.', sourcing: 'named', source: 'Their lawyer' },
  { sentence: 'The firm has helped clubs adapt to what its chief executive said is growing demand for gyms.', sourcing: 'named', source: 'chief executive' },
  { sentence: 'Asked whether he would stand again, Mr Hale gave a roundabout answer.', sourcing: 'named', source: 'Hale' },
  { sentence: 'When asked about the deal, the chairman smiled.', sourcing: 'named', source: 'the chairman' },
  { before: 'Mr Hale toured the county on Monday.', sentence: 'Asked which town was his favourite, he demurred.', sourcing: 'named', source: 'Hale' },
  { sentence: 'The email goes on to say that the plan will fail.', sourcing: 'named', source: 'The email' },
  { sentence: 'The minister was quick to point out that the figures were a year old.', sourcing: 'named', source: 'The minister' },
  {
    before: 'Mr Hale said he was staying.',
    sentence: 'The book, by Sunday Times journalist Anna Bell and serialised in the paper, said the pair had fallen out.',
    sourcing: 'named',
    source: 'The book',
    not: 'Hale',
  },
  { sentence: 'The report, published on Monday, said taxes would rise.', sourcing: 'named', source: 'The report' },
  { sentence: 'The minister, pressed on the point, said the plan would go ahead.', sourcing: 'named', source: 'The minister' },
  { sentence: 'According to Ofcom there were almost four million broadband users in April.', sourcing: 'named', source: 'Ofcom', not: 'there' },
  { sentence: 'According to figures gathered by Netcraft many visitors to the store waited for minutes.', sourcing: 'named', source: 'Netcraft', not: 'visitors' },
  { sentence: 'Even after the complaint was filed, Mr Lowe continued to say he had never touched her.', sourcing: 'named', source: 'Lowe' },
  { sentence: 'Rates will stay low until the summer, official says.', sourcing: 'anonymous', source: 'official' },
  { sentence: 'The debt was deemed "not in the best interests of the company" by the club\'s board last year.', sourcing: 'named', source: "the club's board" },
  { sentence: 'The plan was branded a gimmick by the Conservatives.', sourcing: 'named', source: 'Conservatives' },
  { sentence: 'The bridge was deemed unsafe, and was closed by the council.', sourcing: 'none' },
  { sentence: 'Many EU ministers are thought to support the plan to tax jet fuel.', sourcing: 'vague', source: 'are thought to' },
  { sentence: 'The firm is understood to have hired advisers for a bid.', sourcing: 'vague', source: 'is understood to' },
  { sentence: 'The gunman is believed to have fled abroad, police said.', sourcing: 'named', source: 'police', not: 'not named' },
  { sentence: 'Supporters who have heard directly from the campaign say their priority is to win.', sourcing: 'vague', source: 'Supporters' },
  { sentence: 'They won the backing of former senator Gordon Hale, who told the Courier he would help.', sourcing: 'named', source: 'Gordon Hale', not: 'Courier' },
  { sentence: 'The state officials whose laws have been struck down say the courts have changed.', sourcing: 'vague', source: 'state officials', not: 'laws' },
  { sentence: 'The judges who ruled against the law, however, said the problem was not the ID itself.', sourcing: 'named', source: 'The judges', not: 'law' },
];

describe('attribution on the shapes of real reporting', () => {
  const groups: [string, Shape[]][] = [
    ['GIVEN "..., X said." THEN X is the source', SPEECH_AFTER_CONTENT],
    ['GIVEN "X said ..." THEN X is the source', SPEECH_BEFORE_CONTENT],
    ['GIVEN "..., said X" THEN X is the source', SAID_INVERTED],
    ['GIVEN a quotation and then its speaker THEN the speaker is the source', QUOTE_THEN_SPEAKER],
    ['GIVEN "according to X" at either end THEN X is the source', ACCORDING_TO],
    ['GIVEN "X told Y" THEN X, not Y, is the source', INTERLOCUTOR],
    ['GIVEN a court hearing or a document THEN it is a source of its own kind', HEARING_AND_DOCUMENTS],
    ['GIVEN poll respondents THEN the poll is the source', POLLS],
    ['GIVEN an unnamed person or group THEN the sourcing is anonymous', ANONYMOUS],
    ['GIVEN a weasel-word attribution THEN the sourcing is vague', VAGUE],
    ['GIVEN another outlet THEN the sourcing is media', MEDIA],
    ['GIVEN a colon before a quotation or a noun cue THEN its speaker is the source', COLON_AND_NOUN_CUES],
    ['GIVEN a sentence with no cue THEN it is stated by the article with no source', UNATTRIBUTED],
    ['GIVEN he, she, they or it THEN the nearest antecedent that fits, or an unnamed speaker', PRONOUNS],
    ['GIVEN a speech cue after an aside, a coordinated verb or a plural job THEN its subject is the source', SECOND_PASS_SPEECH],
    ['GIVEN a shape the bot misread on BBC News THEN the source is who stands behind the words, named in full', THIRD_PASS_NEWS],
    ['GIVEN a verb coordinated with a long clause, a contracted "has" or a quotation in two apostrophes THEN the speaker is the source', THIRD_PASS_SPEECH],
    ['GIVEN a belief or a stated intention THEN its holder is the source; GIVEN an act of support THEN no one is', BELIEFS_AND_INTENTIONS],
    [
      'GIVEN a denial, a dismissal, a retort, a bet, an office of two words, a role an apposition gave or a former outlet THEN the speaker is the source; GIVEN a dashed hope, a profits warning or narrative after "According to X" THEN no one is',
      FOURTH_PASS_NEWS,
    ],
    ['GIVEN a name the sentence only reports, or speaks of THEN the note names who reports it, not that name', REPORTING_CLAUSE],
    ['GIVEN "X … saying" after a clause, or "X was heard saying" THEN X is the source', PARTICIPLES_AND_OVERHEARD],
    ['GIVEN a verbal attack, "is said to", a coordinated "and now hopes to" THEN an attribution; GIVEN a physical attack, a report reacted to or a title quoted THEN none', FIFTH_PASS_CUES],
    ['GIVEN "Outlet quoted X …" THEN "X said" in the next sentences is the outlet quoting X; later, X alone', RELAYED_QUOTATIONS],
    [
      'GIVEN a definite role the article gave one person elsewhere (apposition, "who was …", a title before the name) THEN that person; GIVEN two who fit or an office they do not hold THEN not them',
      ROLES_GIVEN_ELSEWHERE,
    ],
    ['GIVEN "A senior Tory MP …" and a next sentence that gives someone that role THEN that person; otherwise the role as written', ROLE_THEN_NAME],
    [
      'GIVEN a time or setting that opens the sentence before its subject ("In January the …", "After the meeting the …") THEN the source holds none of it; GIVEN a quoted title after the subject THEN the subject; GIVEN claims made in a book published by X THEN the book by X, and a next "He says" is X\'s',
      OPENING_ADVERBIALS,
    ],
    ['GIVEN a participle\'s phrase, "as forecast" or a chat show at a sentence\'s head THEN no source from it; GIVEN "when he …" THEN the main clause\'s subject', HEADS_AND_CLAUSES],
    ['GIVEN "The Tory leader" after "Tory leader X" THEN X; GIVEN a role another office holds ("Shadow …", "Former …") THEN not that person', ROLES_BEFORE_NAMES],
    [
      'GIVEN a definite description before a verb of speech, a time between subject and verb, or "… saying" after a clause whose subject opens with a determiner THEN that subject, without the time; GIVEN a reporting word inside a hyphenated modifier THEN none',
      DESCRIBED_SUBJECTS,
    ],
    [
      'GIVEN a name spelt like a modal ("Will Hardy"), "an inside source", a role before a name after "said", a quoted title inside an aside, "a person with knowledge of", "lawyers for X", a plural job with a modifier or a subject with a relative clause and a time THEN that source; GIVEN "their faces said" THEN none',
      NAMES_AND_ASIDES,
    ],
    [
      'GIVEN an opening adverbial, participle or connective before the subject ("Hours later,", "Facing …,", "Moreover,"), a predicate before "… confirming", "… ago" before the verb, or "Many fear" THEN the subject, never the opening words; GIVEN "citing its …" THEN no source',
      OPENINGS_THAT_NAME_NO_ONE,
    ],
    [
      'GIVEN an initial or particle in a name, a role between a capitalised word and a name, "Or so says X", "his closest associate has told", a stray space before a closing mark, staff of a named body or "The prime minister" after a deputy prime minister THEN the right source; GIVEN an "it" that reasons rather than speaks THEN none',
      NAMES_ROLES_AND_MARKS,
    ],
    [
      'GIVEN "X rejected allegations" THEN hedged and no source (the rejection is the article\'s report); GIVEN "…, saying" after a rejection THEN X; GIVEN a rejected plan THEN no one; GIVEN "…, but it is widely expected" THEN the vague frame beside the first speaker; GIVEN "what many thought" THEN the vague group; GIVEN "after the Federal Reserve head said" THEN the head',
      EIGHTH_PASS,
    ],
    [
      'GIVEN the writer\'s "I said", "I told", "We asked" THEN the writer; GIVEN "I think" THEN none; GIVEN "His chief aide …, saying" THEN the aide; GIVEN "what X said is …" THEN X; GIVEN "Asked whether …, X demurred" THEN X; GIVEN "goes on to say", "was quick to point out", "continued to say" THEN the subject; GIVEN a headline\'s bare "official says" THEN an anonymous official; GIVEN "was deemed … by X" THEN X; GIVEN "are thought to" alone THEN vague, and with "police said" THEN the police; GIVEN "Supporters who have heard from … say" THEN the supporters; GIVEN "X, who told the Courier" THEN X; GIVEN "The officials whose laws … say" THEN the officials; GIVEN "The judges who ruled …, however, said" THEN the judges; GIVEN a subject, an aside ("by X", "published on Monday", "pressed on the point"), then "said" THEN the subject; GIVEN "According to X there were …" or "… by X many …" THEN X without the clause after it',
      EIGHTH_PASS_SPEECH,
    ],
  ];
  for (const [title, shapes] of groups) {
    describe(title, () => {
      it.each(shapes.map((shape) => [shape.sentence, shape] as const))('%s', (_sentence, shape) => check(shape));
    });
  }

  it('holds at least 150 sentences', () => {
    expect(groups.reduce((sum, [, shapes]) => sum + shapes.length, 0)).toBeGreaterThanOrEqual(150);
  });
});

describe("the writer's own words", () => {
  it('GIVEN "I said" inside a quotation opened earlier in the paragraph and not yet closed THEN the words are not the writer\'s', () => {
    const certainty = certaintyOf({ before: 'Mr Hale said: "We dealt with this a year ago.', sentence: 'I said then that no deal was done, and none was.', sourcing: 'none' });
    expect(certainty.attributedTo.join(' ')).not.toContain('the writer');
  });

  it('GIVEN "I said" after a quotation closed earlier in the paragraph THEN the words are the writer\'s', () => {
    const certainty = certaintyOf({ before: 'Mr Hale said: "We dealt with this a year ago."', sentence: 'I said then that no deal was done, and none was.', sourcing: 'named' });
    expect(certainty.attributedTo.join(' ')).toContain('the writer');
  });
});

describe('the words of a chain', () => {
  it('GIVEN an agency citing a ministry THEN the chain says the second source is relayed by the first', () => {
    expect(certaintyOf({ sentence: 'The Ledger agency, citing ministry officials, reported that quotas would be cut.', sourcing: 'media' }).joinedBy).toEqual(['citing']);
  });

  it('GIVEN two clauses with a source each THEN the chain says the second is a source of its own, not one the first relays', () => {
    const certainty = certaintyOf({
      sentence: 'Although exports are rising, according to Statistics Office figures, the Trade Ministry revealed the deficit was $4.6bn in May.',
      sourcing: 'named',
    });
    expect(certainty.joinedBy).toEqual(['and']);
  });

  it('GIVEN "The Guardian quoted Mr Venn as saying …" THEN the note says the Guardian is quoting Venn', () => {
    expect(certaintyOf({ sentence: 'The Guardian quoted Mr Venn as saying the talks had failed.', sourcing: 'media' }).note).toBe('Second-hand: The Guardian quoting Venn.');
  });
});

describe('a sentence that opens with its verb, after a boundary put inside a sentence', () => {
  /** Reads `sentences` as the splitter gave them, in order, and gives the source names of the last. */
  function sourcesOfLast(sentences: string[]): string[] {
    const text = sentences.join(' ');
    const memory = createSourceMemory();
    let start = 0;
    let links: string[] = [];
    for (const sentence of sentences) {
      const found = findAttributions(text, tokenize(text, start, start + sentence.length), memory, () => false);
      links = found.flatMap((attribution) => attribution.links.map((link) => link.name));
      start += sentence.length + 1;
    }
    return links;
  }

  it('GIVEN "said …" after a sentence that ends with a name THEN that name is the source', () => {
    expect(sourcesOfLast(['The bill was first drafted by Sen. Ann Hurst (D-Ore.)', 'said she would vote for it again.'])).toEqual(['Ann Hurst']);
  });

  it('GIVEN ", chair of …, said" after a sentence that ends with a name THEN that name is the source', () => {
    expect(sourcesOfLast(['The hearing was opened by Rep. Tom Dale (R-Ohio)', ', chair of the budget committee, said the cuts were fair.'])).toEqual(['Tom Dale']);
  });

  it('GIVEN "said …" after a sentence that ends with no name THEN no source is guessed', () => {
    expect(sourcesOfLast(['The bill was drafted in a hurry.', 'said she would vote for it again.'])).toEqual([]);
  });
});
