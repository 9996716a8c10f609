/**
 * Words that show whose voice a stretch of an article is in when it is not the newsroom's: a
 * guest's first-person piece, or readers' comments printed after a story. `article-voices.ts`
 * reads whole paragraphs with them; a sentence's own cues (`said`, `according to`) always come first.
 *
 * - `comments-heading`: a short paragraph that opens a list of readers' comments (`Here is a
 *   selection of your comments`). Every paragraph after it is a reader's.
 * - `call-for-comments`: words that make a would-be heading a request (`Send us your views`,
 *   `Tell us what you think`): what follows it is not the comments.
 * - `piece-intro`: what follows a person's name in a sentence that hands the article over to
 *   them (`Frederick Smith tells BBC News of his personal response`, `Jane Doe gives her view`).
 *   It must close its sentence's business: a `that` clause, a colon or a quotation after it is
 *   reported speech, read by the sentence analysis, not a piece.
 * - `column-tag`: a verb between a standfirst's claim and the columnist's name (`The real danger is
 *   elsewhere, argues technology analyst Jane Doe.`): the paragraphs after it are the columnist's.
 *   Only verbs a news lead seldom ends on: `says` and `said` are left out.
 * - `bio-line`: what follows a person's name in the newsroom's closing line about a contributor
 *   (`Jane Doe is a regular commentator on …`): with the same person named in the first two
 *   paragraphs and first-person paragraphs between, the paragraphs between are that person's column.
 * - `response`: words by which a paragraph answers the piece before it (`I agree with`, `this
 *   article`): a reader writing back, not the guest going on.
 * - `sentence-adverb`: adverbs that open a sentence to give the writer's stance (`Sadly`,
 *   `Frankly`); a capital letter does not make them a name, so they are never a source.
 * - `role`: words after a name and a comma that make it a name and a job (`John Smith, Chief
 *   Executive`), not a reader's sign-off with a place (`John Smith, Leeds`).
 *
 * To extend: add the phrase in lower case to its category (phrase syntax in `phrase.ts`; `*`
 * is not used here). Write `his` and `her` forms of a `piece-intro` as two entries.
 */
import type { LexiconEntry } from './phrase.ts';

export type ArticleVoiceCategory = 'comments-heading' | 'call-for-comments' | 'piece-intro' | 'column-tag' | 'bio-line' | 'response' | 'sentence-adverb' | 'role';

export type ArticleVoiceCue = LexiconEntry<ArticleVoiceCategory>;

const entries = (category: ArticleVoiceCategory, phrases: string[]): ArticleVoiceCue[] => phrases.map((phrase) => ({ phrase, category }));

export const ARTICLE_VOICE_CUES: readonly ArticleVoiceCue[] = [
  ...entries('comments-heading', [
    'your comments',
    'your views',
    'your e-mails',
    'your emails',
    'what you said',
    'here is what you said',
    'you said',
    'you told us',
    'readers comments',
    'readers respond',
    'readers reply',
    'what readers think',
    'have your say',
    'a selection of your comments',
    'some of your comments',
    'comments from readers',
    'your reaction',
    'your reactions',
  ]),
  ...entries('call-for-comments', ['send us', 'send your', 'tell us', 'email us', 'e-mail us', 'let us know', 'using the form', 'write to us', 'get in touch']),
  ...entries('piece-intro', [
    'tells bbc news of his personal response',
    'tells bbc news of her personal response',
    'tells bbc news of his',
    'tells bbc news of her',
    'gives his view',
    'gives her view',
    'gives his personal view',
    'gives her personal view',
    'gives his views',
    'gives her views',
    'gives his verdict',
    'gives her verdict',
    'gives his personal response',
    'gives her personal response',
    'offers his view',
    'offers her view',
    'shares his thoughts',
    'shares her thoughts',
    'writes for bbc news',
    'writes for the bbc news website',
    'writes for the bbc',
    'reflects on his',
    'reflects on her',
    'explains in his own words',
    'explains in her own words',
    'in his own words',
    'in her own words',
    'writes',
  ]),
  ...entries('column-tag', ['argues', 'asks', 'writes', 'wonders', 'warns']),
  ...entries('bio-line', [
    'is a regular commentator',
    'is a regular columnist',
    'is a regular contributor',
    'is a columnist',
    'is a commentator',
    'is a freelance journalist',
    'is a freelance writer',
    'writes a regular column',
  ]),
  ...entries('response', [
    'i agree',
    'i absolutely agree',
    'i totally agree',
    'i fully agree',
    'i agree wholeheartedly',
    'i disagree',
    'i totally disagree',
    'this article',
    'an interesting article',
    'a great article',
    'an excellent article',
    'your article',
    'the article',
    'this piece',
    'an interesting piece',
    'an interesting view',
    'well said',
    'well done',
    'spot on',
    'hear hear',
    'thank you for this',
  ]),
  ...entries('sentence-adverb', [
    'sadly',
    'frankly',
    'personally',
    'honestly',
    'hopefully',
    'unfortunately',
    'fortunately',
    'luckily',
    'thankfully',
    'surely',
    'clearly',
    'obviously',
    'admittedly',
    'curiously',
    'interestingly',
    'ironically',
    'naturally',
    'regrettably',
    'strangely',
    'tragically',
    'undoubtedly',
    'alas',
  ]),
  ...entries('role', [
    'chief',
    'executive',
    'director',
    'chairman',
    'chairwoman',
    'chair',
    'president',
    'minister',
    'secretary',
    'spokesman',
    'spokeswoman',
    'spokesperson',
    'editor',
    'correspondent',
    'analyst',
    'economist',
    'professor',
    'manager',
    'founder',
    'head',
    'leader',
    'mp',
    'mep',
    'member',
    'officer',
    'partner',
    'inc',
    'ltd',
    'plc',
    'group',
    'university',
    'party',
    'council',
  ]),
];
