import { beforeAll, describe, expect, it } from 'vitest';
import { readArticle } from '../../src/corpus/load.ts';
import { buildLibrary, type Library } from '../../src/library/library.ts';
import type { Answer } from '../../src/model/answer.ts';
import type { Article } from '../../src/model/article.ts';
import { ask } from '../support/ask.ts';

function storyOf(file: string, text: string): Article {
  const result = readArticle(file, new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.warning.reason);
  return result.article;
}

/** The words of each quotation /who lists under "Quoted as saying". */
function quoted(answer: Answer): string[] {
  return answer.results.filter((citation) => citation.kind === 'quotation').map((citation) => citation.quote);
}

/** Four stories with three men called Clarke, in the shapes BBC politics and business reports take. */
let library: Library;

beforeAll(() => {
  library = buildLibrary([
    storyOf(
      'cards.txt',
      'Clarke to press on with ID cards\n\nHome Secretary Charles Clarke has said he will press on with identity cards.\n\n"The scheme will make the country safer," Mr Clarke said.\n',
    ),
    storyOf('detention.txt', 'Lords defeat detention plans\n\nPeers voted against the plans put forward by Charles Clarke on Monday.\n\n"We will not give up," Mr Clarke said after the vote.\n'),
    storyOf(
      'tories.txt',
      'Tory grandee backs leader\n\nFormer chancellor Ken Clarke said the party had to broaden its appeal.\n\n"We have to win back the centre ground," Mr Clarke told reporters.\n',
    ),
    storyOf(
      'airlines.txt',
      'Air passengers win new rights\n\nAirlines have attacked new compensation rules for delayed flights.\n\n"It is a transfer of money from one passenger to another," said Clarke, of the airline body.\n',
    ),
  ]);
});

describe('/who when several people share a surname across articles', () => {
  it('GIVEN three men called Clarke THEN /who Ken Clarke quotes only what the article naming Ken Clarke gives him', async () => {
    expect(quoted(await ask('/who Ken Clarke', library))).toEqual(['We have to win back the centre ground']);
  });

  it('GIVEN "Mr Clarke" in two articles that name Charles Clarke THEN /who Charles Clarke quotes him from both', async () => {
    const words = quoted(await ask('/who Charles Clarke', library));
    expect(words).toEqual(['The scheme will make the country safer', 'We will not give up']);
  });

  it('GIVEN "Mr Clarke", a title the names are kept without THEN /who finds the Clarke the articles call so, named in the most articles', async () => {
    const answer = await ask('/who Mr Clarke', library);
    expect(answer.entity?.name).toBe('Charles Clarke');
  });

  it('GIVEN "Clarke" alone THEN /who leads with the Clarke named in the most articles', async () => {
    const answer = await ask('/who Clarke', library);
    expect(answer.entity?.name).toBe('Charles Clarke');
  });

  it('GIVEN "Clarke" alone THEN the answer lists the other Clarkes with their article counts', async () => {
    const answer = await ask('/who Clarke', library);
    const others = answer.notes.find((note) => note.code === 'other_people_named')?.message ?? '';
    expect(others).toContain('Ken Clarke (1 article)');
  });

  it('GIVEN an article that names Clarke only by surname THEN his quotation is not given to Charles or Ken Clarke', async () => {
    const everyone = [...quoted(await ask('/who Charles Clarke', library)), ...quoted(await ask('/who Ken Clarke', library))];
    expect(everyone.join(' | ')).not.toContain('transfer of money');
  });
});

describe('/who for a person an article names by surname alone', () => {
  it('GIVEN "Clarke" with no full name in its article THEN the answer says he is named only so there', async () => {
    const answer = await ask('/who Clarke', library);
    const others = answer.notes.find((note) => note.code === 'other_people_named')?.message ?? '';
    expect(others).toContain('Clarke (named by surname only) (1 article)');
  });
});

describe('/who when the Clarke named most is never given a full name', () => {
  const surnameOnly = buildLibrary([
    storyOf('queue.txt', 'Delays at Heathrow\n\nPassengers waited for hours on Friday. "It was chaos," said Mr Clarke, who was flying to Rome.\n'),
    storyOf('refund.txt', 'Refunds promised\n\nThe airline said refunds would be paid. Mr Clarke said he had not been told.\n'),
    storyOf('rules.txt', 'Air passengers win new rights\n\nAndy Clarke, of the airline body, said the rules would cost passengers.\n'),
  ]);

  it('GIVEN "Mr Clarke" in two articles that name no Clarke in full THEN /who Clarke says he is named only so, and by whom he is not taken', async () => {
    const answer = await ask('/who Clarke', surnameOnly);
    expect(answer.entity?.name).toBe('Clarke');
    const section = answer.sections.find((part) => part.title === 'Named by surname only');
    expect(JSON.stringify(section?.lines)).toContain('Named only as “Clarke” in queue, refund');
  });
});

describe('/who with a hyphenated surname', () => {
  const hyphenated = buildLibrary([
    storyOf('party.txt', 'Party leader quits\n\nRobert Hart-Dyke has left the party he founded.\n\n"It is time to go," Mr Hart-Dyke said.\n'),
    storyOf('launch.txt', 'New party launched\n\nRobert Hart-Dyke launched his new party on Wednesday.\n'),
    storyOf('poll.txt', 'Poll boost\n\nSupport for Hart-Dyke has grown in the east of England, a poll suggests.\n'),
  ]);

  it('GIVEN "Hart-Dyke" alone THEN /who leads with Robert Hart-Dyke, named in most articles, not the surname-only entry', async () => {
    const answer = await ask('/who Hart-Dyke', hyphenated);
    expect(answer.entity?.name).toBe('Robert Hart-Dyke');
  });

  it('GIVEN the only other "Hart-Dyke" is named by surname alone THEN no "other people" note offers the same name back', async () => {
    const answer = await ask('/who Hart-Dyke', hyphenated);
    expect(answer.notes.map((note) => note.code)).not.toContain('other_people_named');
  });

  it('GIVEN the only other "Hart-Dyke" is named by surname alone THEN the answer says where, and that it is not counted for Robert Hart-Dyke', async () => {
    const answer = await ask('/who Hart-Dyke', hyphenated);
    const section = answer.sections.find((part) => part.title === 'Named by surname only');
    expect(JSON.stringify(section?.lines)).toContain('Named only as “Hart-Dyke” in poll');
    expect(JSON.stringify(section?.lines)).toContain('not taken for Robert Hart-Dyke');
  });
});

describe('/who for a surname the articles give in full to one person only', () => {
  const oneGreenspan = buildLibrary([
    storyOf('deficit.txt', 'Fed chief warns on deficit\n\nFederal Reserve chairman Alan Greenspan has warned that the US deficit cannot go on growing.\n'),
    storyOf('rates.txt', 'Rates to rise\n\nAlan Greenspan said rates would rise at a measured pace.\n'),
    storyOf('dollar.txt', 'Dollar falls\n\nThe dollar fell after Mr Greenspan spoke in London. "The deficit is a worry," Mr Greenspan said.\n'),
  ]);

  it('GIVEN "Mr Greenspan" alone in one article and Alan Greenspan in two THEN /who Greenspan is Alan Greenspan in all three', async () => {
    const answer = await ask('/who Greenspan', oneGreenspan);
    expect([answer.entity?.name, answer.entity?.articleIds]).toEqual(['Alan Greenspan', ['deficit', 'dollar', 'rates']]);
  });

  it('GIVEN that join THEN the answer lists no other Greenspan, so it never offers the same name back', async () => {
    const answer = await ask('/who Greenspan', oneGreenspan);
    expect(answer.notes.map((note) => note.code)).not.toContain('other_people_named');
  });

  it('GIVEN that join THEN what the article that writes only "Mr Greenspan" quotes is his', async () => {
    expect(quoted(await ask('/who Alan Greenspan', oneGreenspan))).toContain('The deficit is a worry');
  });
});

describe('/who with a title the entity table keeps no key for', () => {
  it('GIVEN "Lord Hale" written in the article of the person Robin Hale and an inquiry named "Hale" elsewhere THEN /who Lord Hale is Robin Hale', async () => {
    const titled = buildLibrary([
      storyOf(
        'lord.txt',
        'Hale attacks the government\n\nFormer civil service chief Robin Hale has criticised the way the government works.\n\nLord Hale said ministers relied on small groups of advisers.\n',
      ),
      storyOf('inquiry.txt', 'Inquiry reports\n\nThe Hale inquiry into the dossier reported in July.\n\nIts findings were published in full.\n'),
    ]);
    const answer = await ask('/who Lord Hale', titled);
    expect({ name: answer.entity?.name, readAs: answer.notes.some((note) => note.code === 'read_as') }).toEqual({ name: 'Robin Hale', readAs: false });
  });
});

describe('/who with a title, of a surname the articles write alone in several stories', () => {
  /** An oil chief written "Lord Tarrant" in a business story, and a player listed as "Tarrant" in a squad. */
  let stories: Library;

  beforeAll(() => {
    stories = buildLibrary([
      storyOf('oil.txt', 'Oil profits soar\n\nPetrol Union chief executive Lord Tarrant said the results were strong.\n\n"Our profits are up more than the price of oil," Lord Tarrant said.\n'),
      storyOf('squad.txt', 'Ireland name squad\n\nIreland have named their squad for the match against Wales.\n\nForwards: Brady, Tarrant, Doak, Long.\n'),
    ]);
  });

  it('GIVEN "Lord Tarrant" in one story and "Tarrant" in a squad list THEN /who Lord Tarrant counts only the story that writes the title', async () => {
    expect((await ask('/who Lord Tarrant', stories)).entity?.articleIds).toEqual(['oil']);
  });

  it('GIVEN the same two stories THEN /who Lord Tarrant says where "Tarrant" stands alone and that it is not taken for him', async () => {
    const lines =
      (await ask('/who Lord Tarrant', stories)).sections?.flatMap((section) => section.lines.map((line) => (typeof line === 'string' ? line : line.map((part) => part.text).join('')))) ?? [];
    expect(lines).toContain('Named only as “Tarrant” in squad: not taken for Lord Tarrant, as those articles do not say it is the same person.');
  });

  it('GIVEN the same two stories THEN /who Tarrant, asked with no title, still counts both', async () => {
    expect((await ask('/who Tarrant', stories)).entity?.articleIds).toEqual(['oil', 'squad']);
  });
});
