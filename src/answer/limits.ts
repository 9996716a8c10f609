/** Caps that keep every answer quick and readable; the messages that name them live with the commands. */

/** The longest query any command takes, in characters. */
export const MAX_QUERY_CHARS = 300;
/** The longest command line, in characters, before anything is parsed. */
export const MAX_LINE_CHARS = 2000;
/** The most citations one answer lists; the rest are counted in a note. */
export const MAX_RESULTS = 25;
