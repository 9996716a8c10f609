/**
 * The wording of every note, by code, in one place (as zod keeps its messages in `locales/en.ts`).
 * Commands create notes by code; the words live here.
 */

type Params = Record<string, string | number>;

const MESSAGES = {
  not_found: (p: Params) => `No article says this: no sentence in the ${p.articles} articles holds all of “${p.terms}”.`,
  found_in: (p: Params) => `${p.articles} of ${p.total} articles say it (${p.sentences} ${p.sentences === 1 ? 'sentence' : 'sentences'}).`,
  spelling: (p: Params) => `Read as a misspelling: ${p.pairs}.`,
  near_misses: (p: Params) => `Near misses are listed separately: each lacks at least one term, so none of them says it.`,
  continuation: () => `A sentence marked “continues” is cited with the sentence before it, which names who or what “he”, “she” or “the agency” is.`,
  no_terms: () => `Nothing to search for: the query holds only common words or punctuation.`,
  unknown_entity: (p: Params) => `“${p.name}” is not in these articles.`,
  read_as: (p: Params) => `No exact match for “${p.query}”; showing the closest name in the articles, ${p.name}.`,
  named_in: (p: Params) => `${p.name} is named in ${p.articles} of ${p.total} articles.`,
  nearest_names: (p: Params) => `Nearest names in the articles: ${p.names}.`,
  quote_not_found: (p: Params) => `“${p.text}” does not appear in any of the ${p.articles} articles.`,
  cite_missing: (p: Params) => `Left out because the article does not give them: ${p.fields}.`,
  load_warning: (p: Params) => `${p.file} was not loaded: ${p.reason}.`,
  truncated: (p: Params) => `Showing ${p.shown} of ${p.total}.`,
  article_added: (p: Params) => `Stored as ${p.file}; it is searchable now.`,
  article_not_found_fields: (p: Params) => `Not found in the source: ${p.fields}. Edit ${p.file} to add them.`,
  article_duplicate: (p: Params) => `This text is already held as ${p.id}, so nothing new was stored.`,
  article_removed: (p: Params) => `Deleted ${p.file}; searches no longer find it.`,
} satisfies Record<string, (params: Params) => string>;

export type NoteCode = keyof typeof MESSAGES;

/** A note with its code and its wording. */
export function note(code: NoteCode, params: Params = {}): { code: NoteCode; message: string } {
  return { code, message: MESSAGES[code](params) };
}
