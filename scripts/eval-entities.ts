/**
 * Scores the entity reader on the shared data (see ../shared/data/README.md and docs/entities.md),
 * read where it lies and never copied into the project:
 *
 * - PolNeAR (`attribution/polnear-train-dev.jsonl`, the train split unless `--split dev`): every
 *   annotated source that is a proper name ("Mr. Bewkes", "The New York Post", "Donald Trump") is
 *   a name the reader should find in its sentence. Recall is counted exact (a mention is the name
 *   without its leading "the" and honorific) and by overlap; kinds are checked where the source
 *   says the kind itself (an honorific or a title makes a person, a known outlet media).
 * - BBC News (`bbc-news/business_*.txt` and `politics_*.txt`): no labels, so it counts the errors
 *   a reader sees: names that start with a function word ("But Brown", "Since Yukos"), names that
 *   start with a sentence's first word when that word is a common word elsewhere ("Shares in
 *   Yukos"), people split in one article ("Gordon Brown" and a separate "Brown"), and the kinds.
 *
 * Usage: `npm run eval:entities [-- --split dev] [--bbc-topics business,politics] [--json]`;
 * the data folder is `../shared/data` from the repo root unless CROSSCHECK_DATA_DIR says otherwise.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EntityTable } from '../src/analysis/entities.ts';
import { readArticle } from '../src/corpus/load.ts';
import type { Article } from '../src/model/article.ts';
import { TITLE_WORDS } from '../src/text/lexicons/entities.ts';
import { MEDIA_OUTLETS } from '../src/text/lexicons/media-outlets.ts';

const DATA_DIR = process.env.CROSSCHECK_DATA_DIR ?? resolve(new URL('..', import.meta.url).pathname, '../shared/data');

/** Closed-class words: none of them starts a name. */
const FUNCTION_WORDS = new Set(
  (
    'a an the this that these those some any each every no all both either neither many much few several ' +
    'i you he she it we they me him her us them my your his its our their mine yours hers ours theirs ' +
    'and but or nor so yet for since because although though while whereas if unless until when whenever where ' +
    'wherever after before as than that whether once ' +
    'of in on at by to from with without into onto upon about above below over under between among through ' +
    'during despite against across along around behind beyond near off out per via amid towards toward ' +
    'is are was were be been being am has have had do does did will would shall should can could may might must ' +
    'not also however meanwhile moreover furthermore nevertheless instead then thus therefore indeed still even ' +
    'there here what which who whom whose why how'
  ).split(' '),
);
const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|sir|dame|lord|lady|sen|rep|gov|gen|president|senator|governor|secretary|speaker|judge|rev)\.?$/iu;
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who', 'this', 'that']);
const MEDIA = new Set(MEDIA_OUTLETS.filter((outlet) => outlet.category !== 'generic').map((outlet) => outlet.phrase.toLowerCase()));

interface Document {
  doc: string;
  split: 'train' | 'dev';
  sentences: { text: string; sources: string[] }[];
}

function articleOf(id: string, headline: string, paragraphs: string[]): { article: Article; starts: number[] } | undefined {
  const head = `${headline}\n\n`;
  const starts: number[] = [];
  let at = head.length;
  for (const paragraph of paragraphs) {
    starts.push(at);
    at += paragraph.length + 2;
  }
  const result = readArticle(`${id}.txt`, new TextEncoder().encode(head + paragraphs.join('\n\n')));
  return result.ok ? { article: result.article, starts } : undefined;
}

/** A source written as a proper name: capitalised words (with "of", "&", "de" between), after an optional "the". */
function properName(source: string): { core: string; honorific: boolean } | undefined {
  const words = source
    .trim()
    .replace(/[,.;:]+$/u, '')
    .split(/\s+/u);
  if (words.length === 0 || words.length > 7) return undefined;
  if (/^the$/iu.test(words[0] ?? '')) words.shift();
  // The name is what follows the last title or honorific ("Texas Sen. Ted Cruz" → "Ted Cruz").
  let honorific = false;
  let lastTitle = -1;
  words.slice(0, -1).forEach((word, i) => {
    if (HONORIFIC.test(word) || TITLE_WORDS.has(word)) lastTitle = i;
  });
  // "Secretary of State Madeleine Albright": the title's "of State" goes with it.
  if (lastTitle >= 0 && words[lastTitle + 1] === 'of' && lastTitle + 3 < words.length) lastTitle += 2;
  if (lastTitle >= 0) {
    words.splice(0, lastTitle + 1);
    honorific = true;
  }
  const [only, ...more] = words;
  if (only === undefined || (more.length === 0 && PRONOUNS.has(only.toLowerCase()))) return undefined;
  if (!words.every((word) => /^[\p{Lu}\d]/u.test(word) || ['of', '&', 'de', 'for', 'and'].includes(word))) return undefined;
  if (!/^[\p{Lu}]/u.test(words.at(-1) ?? '')) return undefined;
  return { core: words.join(' ').replace(/['’]s$/u, ''), honorific };
}

interface PolnearScore {
  documents: number;
  names: number;
  exact: number;
  overlap: number;
  kindChecked: number;
  kindRight: number;
  misses: string[];
}

function scorePolnear(split: string): PolnearScore {
  const lines = readFileSync(join(DATA_DIR, 'attribution/polnear-train-dev.jsonl'), 'utf8').split('\n').filter(Boolean);
  const score: PolnearScore = { documents: 0, names: 0, exact: 0, overlap: 0, kindChecked: 0, kindRight: 0, misses: [] };
  for (const line of lines) {
    const document = JSON.parse(line) as Document;
    if (document.split !== split) continue;
    const built = articleOf(
      `polnear-${score.documents}`,
      'Document',
      document.sentences.map((sentence) => sentence.text.replace(/\s+/gu, ' ')),
    );
    if (!built) continue;
    score.documents++;
    const table = new EntityTable([built.article]);
    const mentions = table.entities.flatMap((entity) => entity.mentions.filter((mention) => !mention.nominal).map((mention) => ({ entity, mention })));
    document.sentences.forEach((sentence, i) => {
      const from = built.starts[i] ?? 0;
      const to = from + sentence.text.replace(/\s+/gu, ' ').length;
      const here = mentions.filter(({ mention }) => mention.name.start >= from && mention.name.start < to);
      for (const source of sentence.sources) {
        const name = properName(source);
        if (!name) continue;
        score.names++;
        const fold = (text: string): string =>
          text
            .replace(/\s+/gu, ' ')
            .replace(/['’]s$/u, '')
            .toLowerCase();
        const exact = here.find(({ mention }) => fold(mention.name.text) === fold(name.core));
        const overlap = exact ?? here.find(({ mention }) => fold(name.core).includes(fold(mention.name.text)) || fold(mention.name.text).includes(fold(name.core)));
        if (exact) score.exact++;
        else if (score.misses.length < 400) score.misses.push(`${name.core} ← ${here.map(({ mention }) => mention.name.text).join(' | ') || '(none)'}`);
        if (overlap) score.overlap++;
        const expected = name.honorific && !/\b(?:of|for)\b/u.test(name.core) ? 'person' : MEDIA.has(name.core.toLowerCase()) ? 'media' : undefined;
        if (expected && overlap) {
          score.kindChecked++;
          if (overlap.entity.kind === expected) score.kindRight++;
        }
      }
    });
  }
  return score;
}

interface BbcScore {
  articles: number;
  mentions: number;
  functionWordStart: number;
  commonWordStart: number;
  people: number;
  splitPeople: number;
  kinds: Record<string, number>;
  buildMs: number;
  examples: { functionWord: string[]; commonWord: string[]; split: string[] };
}

function scoreBbc(topics: string[]): BbcScore {
  const dir = join(DATA_DIR, 'bbc-news');
  const files = readdirSync(dir)
    .filter((file) => topics.some((topic) => file.startsWith(`${topic}_`)) && file.endsWith('.txt'))
    .sort();
  const articles: Article[] = [];
  for (const file of files) {
    const result = readArticle(file, readFileSync(join(dir, file)));
    if (result.ok) articles.push(result.article);
  }
  // Words written lower case mid-sentence more often than capitalised: common words, not names.
  const lower = new Map<string, number>();
  const upper = new Map<string, number>();
  for (const article of articles) {
    for (const sentence of article.sentences) {
      const words = sentence.text.split(/[^\p{L}'’-]+/u).filter(Boolean);
      words.slice(1).forEach((word) => {
        const key = word.toLowerCase();
        const counts = word === key ? lower : upper;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      });
    }
  }
  const start = performance.now();
  const table = new EntityTable(articles);
  const buildMs = performance.now() - start;
  const score: BbcScore = {
    articles: articles.length,
    mentions: 0,
    functionWordStart: 0,
    commonWordStart: 0,
    people: 0,
    splitPeople: 0,
    kinds: {},
    buildMs,
    examples: { functionWord: [], commonWord: [], split: [] },
  };
  // Names read somewhere other than at a sentence's start: a name seen only at the start, whose
  // rest is a name seen elsewhere ("But Brown" beside "Brown"), took the sentence's first word.
  const midSentence = new Set<string>();
  for (const entity of table.entities) for (const mention of entity.mentions) if (mention.name.start !== mention.sentence.start) midSentence.add(mention.name.text);
  const glued = (name: string): boolean => {
    const rest = name
      .split(/[\s\u00A0]+/u)
      .slice(1)
      .join(' ');
    return rest !== '' && !midSentence.has(name) && midSentence.has(rest);
  };
  const note = (list: string[], text: string): void => {
    if (list.length < 15 && !list.includes(text)) list.push(text);
  };
  for (const entity of table.entities) {
    score.kinds[entity.kind] = (score.kinds[entity.kind] ?? 0) + 1;
    for (const mention of entity.mentions) {
      if (mention.nominal) continue;
      score.mentions++;
      const first = mention.name.text.replace(/[\s\u00A0][\s\S]*$/u, '');
      if (FUNCTION_WORDS.has(first.toLowerCase()) && (first !== first.toUpperCase() || first.length === 1)) {
        score.functionWordStart++;
        note(score.examples.functionWord, mention.name.text);
      } else if (mention.name.start === mention.sentence.start && glued(mention.name.text)) {
        score.commonWordStart++;
        note(score.examples.commonWord, mention.name.text);
      }
    }
  }
  // A person split in one article: the article names a full name and, as another entity, its surname alone.
  const entityOfMention = new Map<string, Set<(typeof table.entities)[number]>>();
  for (const entity of table.entities) {
    for (const mention of entity.mentions) {
      const key = `${mention.sentence.articleId}\u0000${mention.name.text.split(/[\s\u00A0]+/u).at(-1)}`;
      const owners = entityOfMention.get(key) ?? new Set();
      owners.add(entity);
      entityOfMention.set(key, owners);
    }
  }
  const counted = new Set<string>();
  for (const entity of table.entities) {
    if (entity.kind !== 'person' || !/\s/u.test(entity.name)) continue;
    score.people++;
    for (const articleId of new Set(entity.mentions.map((mention) => mention.sentence.articleId))) {
      const owners = entityOfMention.get(`${articleId}\u0000${entity.name.split(/[\s\u00A0]+/u).at(-1)}`);
      const other = owners && [...owners].find((owner) => owner !== entity && !/\s/u.test(owner.name));
      if (other && !counted.has(entity.name)) {
        counted.add(entity.name);
        score.splitPeople++;
        note(score.examples.split, `${entity.name} / ${other.name} (${articleId})`);
      }
    }
  }
  return score;
}

const { values } = parseArgs({
  options: {
    split: { type: 'string', default: 'train' },
    'bbc-topics': { type: 'string', default: 'business,politics' },
    json: { type: 'boolean', default: false },
    examples: { type: 'boolean', default: false },
  },
});
const polnear = scorePolnear(values.split);
const bbc = scoreBbc(values['bbc-topics'].split(','));
const percent = (part: number, whole: number): string => `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;
if (values.json) {
  console.log(JSON.stringify({ polnear, bbc }, null, 2));
} else {
  console.log(`PolNeAR ${values.split}: ${polnear.documents} documents, ${polnear.names} sources written as proper names`);
  console.log(`  exact-name recall   ${percent(polnear.exact, polnear.names)} (${polnear.exact})`);
  console.log(`  overlap recall      ${percent(polnear.overlap, polnear.names)} (${polnear.overlap})`);
  console.log(`  kind right          ${percent(polnear.kindRight, polnear.kindChecked)} of ${polnear.kindChecked} whose kind the source shows`);
  console.log(`BBC ${values['bbc-topics']}: ${bbc.articles} articles, ${bbc.mentions} name mentions, built in ${(bbc.buildMs / 1000).toFixed(1)} s`);
  console.log(`  function-word start ${percent(bbc.functionWordStart, bbc.mentions)} (${bbc.functionWordStart})`);
  console.log(`  glued first word    ${percent(bbc.commonWordStart, bbc.mentions)} (${bbc.commonWordStart})`);
  console.log(`  people split        ${percent(bbc.splitPeople, bbc.people)} (${bbc.splitPeople} of ${bbc.people} full-named people)`);
  console.log(
    `  kinds               ${Object.entries(bbc.kinds)
      .map(([kind, count]) => `${kind} ${count}`)
      .join(', ')}`,
  );
  if (values.examples) {
    console.log('Missed PolNeAR names:', polnear.misses.slice(0, 80));
    console.log('Examples:', bbc.examples);
  }
}
