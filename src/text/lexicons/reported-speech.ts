/**
 * Reported speech carried on into the next sentence (`Mr Cable said families were paying more. And pensioners would pay
 * more still.`): the words that let `src/analysis/source-memory.ts` read such a sentence as the same speaker's. Two lists,
 * both conservative, since a wrong speaker is worse than none.
 */

/**
 * Verbs whose past form in a continuing sentence says it is still someone's reported words (`… would be provided`, `… had
 * to fight poverty`): a narrative sentence seldom speaks in them. `must`, `can` and `will` are left out, since the
 * article's own voice uses them too. To extend, add the word and what follows it (`to` for `had to`), or none.
 */
export const BACKSHIFTED: readonly { word: string; followedBy?: string }[] = [
  { word: 'would' },
  { word: 'could' },
  { word: 'might' },
  { word: 'should' },
  { word: 'had', followedBy: 'to' },
  { word: 'needed', followedBy: 'to' },
];

/**
 * Verbs of saying whose report a next sentence may go on with (`Mr Cable said …`, `…, says the watchdog`, `He also promised
 * to …`). A verb of thinking or expecting (`when he expects better`) reports a state of mind, often in a clause of its own,
 * and is left out. To extend, add every form the verb takes.
 */
export const CONTINUED_REPORTS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'told',
  'tells',
  'added',
  'adds',
  'argued',
  'argues',
  'insisted',
  'insists',
  'warned',
  'warns',
  'claimed',
  'claims',
  'explained',
  'explains',
  'stressed',
  'stresses',
  'promised',
  'promises',
  'pledged',
  'pledges',
]);
