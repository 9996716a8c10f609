/**
 * Names that stand for the same person or organisation but that the text alone does not link
 * ("NIS" for the National Intelligence Service when no article writes "(NIS)"). Each entry lists
 * every form; the first is the one shown. Links the articles make themselves ("Donetsk People’s
 * Republic (KNR)") are found by the entity reader and need no entry here.
 */
export const ALIASES: readonly (readonly string[])[] = [
  ['National Intelligence Service', 'NIS'],
  ['Korean Central News Agency', 'KCNA'],
  ['RIA Novosti', 'RIA'],
  ['Yonhap', 'Yonhap News Agency'],
  ['Ministry of Emergency Situations', 'MChS', 'Emergency Situations Ministry'],
  ['Rosgarde', 'Rosgvardia', 'National Guard of Russia'],
  ['European Union', 'EU'],
  ['United Nations', 'UN'],
  ['North Atlantic Treaty Organization', 'NATO'],
];
