/**
 * Who says so: the attribution reader's public face. The reading itself is split by what it does:
 * `attribution-cues.ts` finds the cues and their source phrases, `source-kinds.ts` says what kind
 * of source a phrase names, `source-memory.ts` remembers what earlier sentences named and resolves
 * `he`, `they` and `the firm`, and `source-links.ts` holds the types and builds chains; the words
 * they read by are data in `src/text/lexicons/source-grammar.ts` and `source-names.ts`.
 */
export { findAttributions } from './attribution-cues.ts';
export { chainOf, dedupeLinks, framedByAdverb, SOURCE_KIND_ORDER, type Attribution, type Sex, type SourceKind, type SourceLink, type SourceRole } from './source-links.ts';
export { createSourceMemory, nameRolesGivenLater, type SourceMemory } from './source-memory.ts';
