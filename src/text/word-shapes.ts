/**
 * Shapes of a word's letters that the analysis tests on most words it reads, compiled once here.
 *
 * Written inside a function, a pattern with `\p{…}` is built anew at every evaluation when the
 * code runs from its sources (tsx, as the tests and the bench run it, lowers such literals to
 * `new RegExp(…)`): the title-case check alone built one per word of every sentence, some 700,000
 * over the 2,225 BBC articles. (A word of lower-case letters only is LOWER_WORD, in
 * src/analysis/source-tokens.ts.)
 */

/** A first letter in lower case (`said`, not `Said` or `2004`). */
export const OPENS_LOWER_CASE = /^\p{Ll}/u;
/** A first letter in upper case. */
export const OPENS_CAPITAL = /^\p{Lu}/u;
/** A letter first, not a figure or a mark. */
export const OPENS_LETTER = /^\p{L}/u;
/** Any letter. */
export const HOLDS_LETTER = /\p{L}/u;
/** Any letter in upper case. */
export const HOLDS_CAPITAL = /\p{Lu}/u;
/** A past participle: regular (`-ed`, `-en`), or one of the common irregular forms (`known`, `told`, `held`). */
export const PAST_PARTICIPLE =
  /^(?:\p{L}{2,}ed|\p{L}{2,}en|been|known|done|gone|seen|made|had|said|told|thought|brought|bought|found|felt|kept|lost|met|paid|put|read|run|sent|spent|won|become|come|got|left|held|heard|sold|set|let|cut|shown|grown|drawn|thrown)$/u;
/** A lower-case word of three letters or more ending in `-ing`: a gerund or a participle (`stopping`, `facing`), read as one. */
export const GERUND = /^\p{Ll}{3,}ing$/u;
