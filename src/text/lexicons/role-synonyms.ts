/**
 * Titles that news uses for one role: "LSE boss", "LSE chief" and "LSE's chief executive" describe
 * one person's one job, so two articles that gloss her so do not differ in how they describe her.
 * The discrepancies (src/crosscheck/discrepancies.ts) read each phrase of a group as the group's
 * first phrase before comparing two glosses of one person or body.
 *
 * Only titles that name the same post in the senses news uses them belong here: "chief executive"
 * and "chairman" are two posts of one firm (often two people), "minister" and "secretary" are
 * different posts in many governments, and are kept apart. A wrong group hides a real difference
 * in how someone is described, which is worse than showing a difference of wording.
 *
 * - `company`: posts of a firm or an exchange (`chief executive` / `boss`).
 * - `office`: spokespeople and officials of any body (`spokesman` / `spokeswoman`).
 * - `former`: words that say the post is past (`former` / `ex`).
 *
 * Each phrase is written lower case, as whole words; the longest phrase at a place wins ("chief
 * executive officer" before "chief executive" before "chief"). A post of one word counts only as
 * the gloss's head noun, its last word or the word before "of" ("LSE chief", "head of Menatep"),
 * never as a modifier of another post ("chief economist", "head teacher"). Extend by adding a
 * phrase to a group or a new group.
 */
export type RoleSynonymKind = 'company' | 'office' | 'former';

export interface RoleSynonymGroup {
  phrases: readonly string[];
  kind: RoleSynonymKind;
}

export const ROLE_SYNONYMS: readonly RoleSynonymGroup[] = [
  { phrases: ['chief executive', 'chief executive officer', 'boss', 'chief', 'head', 'ceo', 'chief exec'], kind: 'company' },
  { phrases: ['finance director', 'chief financial officer', 'chief finance officer', 'cfo'], kind: 'company' },
  { phrases: ['chairman', 'chairwoman', 'chair', 'chairperson'], kind: 'company' },
  { phrases: ['founder', 'co-founder'], kind: 'company' },
  { phrases: ['spokesman', 'spokeswoman', 'spokesperson'], kind: 'office' },
  { phrases: ['former', 'ex'], kind: 'former' },
];
