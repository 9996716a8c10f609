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
  // British parties, by their full names, short names and nicknames: one party however the article writes it, so `/who Lib
  // Dems` counts the articles that write "Liberal Democrats" too, and two articles quoting "the Tories" and "the
  // Conservatives" relay one origin. An adjective alone ("Tory", "Labour's") is no entry.
  ['Liberal Democrats', 'Lib Dems', 'Lib Dem', 'Liberal Democrat', 'Liberal Democrat Party'],
  ['Conservatives', 'Conservative Party', 'Tories', 'Tory Party'],
  ['Labour', 'Labour Party'],
  ['UK Independence Party', 'UKIP'],
  ['Scottish National Party', 'SNP'],
  // Stations and channels written with or without the broadcaster's name, in figures or in words: the number is part of
  // the name (a "Radio 4" is never a "Radio 1"), so each station is an entry of its own.
  ['BBC Radio 1', 'Radio 1', 'Radio One'],
  ['BBC Radio 2', 'Radio 2', 'Radio Two'],
  ['BBC Radio 3', 'Radio 3', 'Radio Three'],
  ['BBC Radio 4', 'Radio 4', 'BBC Radio Four', 'Radio Four'],
  ['BBC Radio Five Live', 'Radio Five Live', 'Five Live', 'Radio 5 Live', 'BBC Radio 5 Live'],
  ['BBC One', 'BBC1'],
  ['BBC Two', 'BBC2'],
  ['Channel 4', 'Channel Four'],
  ['Channel Five', 'Channel 5'],
];
