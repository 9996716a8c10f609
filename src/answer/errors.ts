/**
 * The wording of every bad-input answer, by code, in one place (as `messages.ts` words the notes).
 * Commands and the dispatcher answer bad input by code (`badInput(command, query, code, params)`);
 * the Answer carries the code as `errorCode` and these words as `error`. Refusals (still loading,
 * rate limited, failed) are worded as notes in `messages.ts`; why /add could not store a page is
 * worded by code in `src/ingest/messages.ts`, and a platform's own failures in its adapter.
 * To add an error, add a code here with its words; never put user-facing text at the call site.
 */

type Params = Record<string, string | number>;

const ERRORS = {
  line_too_long: (p: Params) => `That is ${p.length} characters long; a command may be at most ${p.max}.`,
  control_characters: () => 'The command holds control characters; type it as plain text.',
  empty_line: () => 'Type a command, for example /sources 5000 troops. /help lists them all.',
  /** `suggestion`, when given, is the command a slip or two away (`/sources` for `/soruces`). */
  unknown_command: (p: Params) => `There is no /${p.name} command.${p.suggestion === undefined ? '' : ` Did you mean ${p.suggestion}?`} Commands: ${p.known}.`,
  /** `detail` is the argument check's own sentence (see describeIssues in src/runtime/dispatch.ts). */
  bad_arguments: (p: Params) => `${p.detail}`,
  unknown_article: (p: Params) => `There is no article with the id ${p.id}. Ids look like ${p.known}.`,
  /** `candidates` lists the articles whose id starts with `id`; `more` says how many more there are, or is empty. */
  ambiguous_article: (p: Params) => `${p.id} is the start of ${p.count} article ids, so nothing was removed. Give more of the id: ${p.candidates}${p.more}.`,
  not_admin: (p: Params) => `Sorry, only the ${p.who} this bot’s owners have named may add or remove articles. Ask one of them to do it; /sources, /who and /quote work for everyone.`,
  fixed_articles: () => 'This bot’s articles are fixed here: it was started without an articles folder it may write to.',
  add_one_thing: () => 'Give one thing to add: a link (/add https://…), the article’s text pasted after /add, or an uploaded .txt, .md or .html file.',
  /** `reason` is worded by code in src/ingest/messages.ts, or by the adapter that fetched the file. */
  add_failed: (p: Params) => `${p.reason}`,
  /** `reason` is the folder error as src/corpus/folder-errors.ts words it. */
  remove_failed: (p: Params) => `The article could not be removed: ${p.reason}. Nothing was changed.`,
} satisfies Record<string, (params: Params) => string>;

/** The code of a bad-input answer. */
export type ErrorCode = keyof typeof ERRORS;

/** The words for an error code. */
export function errorText(code: ErrorCode, params: Params = {}): string {
  return ERRORS[code](params);
}
