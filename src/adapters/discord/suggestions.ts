import { COMMANDS } from '../../../commands/index.ts';
import type { EntityRecord } from '../../analysis/entities.ts';
import { neutraliseField } from '../../answer/render/neutralise.ts';
import type { Library } from '../../library/library.ts';
import { foldText } from '../../text/normalise.ts';
import { cutAtWord } from '../cut-at-word.ts';

/** One autocomplete choice: what the user sees and what the option receives. */
export interface Suggestion {
  name: string;
  value: string;
}

type Suggest = (library: Library, typed: string) => Suggestion[];

/** Discord shows at most 25 choices, each name and value at most 100 characters. */
const MAX_SUGGESTIONS = 25;
const MAX_CHOICE_CHARS = 100;

/** A choice's label, cut between words to fit. */
function shorten(text: string): string {
  return cutAtWord(text, MAX_CHOICE_CHARS);
}

/**
 * An article id as an option value: the id itself when it fits, else its first 100 characters
 * when no other article's id starts with them (commands take an id prefix), else nothing.
 */
function chooseArticleValue(library: Library, id: string): string | undefined {
  if (id.length <= MAX_CHOICE_CHARS) return id;
  const prefix = id.slice(0, MAX_CHOICE_CHARS);
  return library.lookups.articlesWithIdPrefix(prefix).length === 1 ? prefix : undefined;
}

function startsAWord(text: string, typed: string): boolean {
  const folded = foldText(text);
  return folded.startsWith(typed) || folded.split(/[\s\-–—'’.]+/u).some((word) => word.startsWith(typed));
}

function suggestEntities(library: Library, typed: string): Suggestion[] {
  const wanted = foldText(typed.trim());
  const byMentions = [...library.entities.entities].sort((a, b) => b.mentions.length - a.mentions.length);
  const prefixed = wanted === '' ? byMentions : byMentions.filter((entity) => [entity.name, ...entity.aliases].some((name) => startsAWord(name, wanted)));
  // Misspellings ("Goremkyin") still find the name when no word starts with what was typed.
  const similar = wanted === '' ? [] : library.entities.similar(typed, MAX_SUGGESTIONS);
  const entities = [...new Set<EntityRecord>([...prefixed, ...similar])];
  return entities.filter((entity) => entity.name.length <= MAX_CHOICE_CHARS).map((entity) => ({ name: entity.name, value: entity.name }));
}

function suggestArticles(library: Library, typed: string): Suggestion[] {
  const wanted = foldText(typed.trim());
  return library.articles
    .filter((article) => wanted === '' || foldText(article.id).startsWith(wanted) || startsAWord(article.meta.headline ?? '', wanted))
    .flatMap((article) => {
      const value = chooseArticleValue(library, article.id);
      if (value === undefined) return [];
      const { headline, outlet, date } = article.meta;
      const label = [headline, outlet, date].filter((part): part is string => part !== undefined).join(' · ');
      return [{ name: shorten(label === '' ? article.id : `${label} [${article.id}]`), value }];
    });
}

function suggestCommands(_library: Library, typed: string): Suggestion[] {
  const wanted = foldText(typed.trim().replace(/^\//u, ''));
  return COMMANDS.filter((command) => command.name.startsWith(wanted)).map((command) => ({ name: shorten(`/${command.name}: ${command.summary}`), value: command.name }));
}

/**
 * What to suggest, keyed by `command.argument` or by argument name alone for every command that
 * has it: a command that takes an `article` gets article suggestions without being listed here.
 */
const SUGGESTERS: Readonly<Record<string, Suggest>> = {
  'who.name': suggestEntities,
  article: suggestArticles,
  'help.command': suggestCommands,
};

/** The suggester for this command's argument, if it has one. */
export function findSuggester(command: string, argument: string): Suggest | undefined {
  return SUGGESTERS[`${command}.${argument}`] ?? SUGGESTERS[argument];
}

/** Up to 25 choices for what the user has typed so far into `command`'s `argument`; none when it has no suggester. */
export function suggest(library: Library, command: string, argument: string, typed: string): Suggestion[] {
  const suggester = findSuggester(command, argument);
  // Discord refuses the whole list if one choice breaks its limits: a last check keeps to them.
  const fits = (suggestion: Suggestion): boolean => suggestion.value.length <= MAX_CHOICE_CHARS && suggestion.value !== '';
  // A choice's name is article text (a headline, an outlet, a name) shown as it is, outside any Answer and
  // its renderer: a right-to-left override or a line break in it would reorder or forge what the choice says.
  return suggester
    ? suggester(library, typed)
        .filter(fits)
        .map((suggestion) => ({ ...suggestion, name: shorten(neutraliseField(suggestion.name)) }))
        .slice(0, MAX_SUGGESTIONS)
    : [];
}
