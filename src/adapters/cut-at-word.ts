/**
 * Fitting a description into a platform's limit (Discord's 100 characters for a command, option or
 * choice; the one line of Slack's command menu) without cutting a word in half.
 */

/**
 * `text` unchanged when it fits in `max` characters; otherwise cut at the last space that leaves
 * room for an ellipsis, with dangling punctuation dropped. A single word longer than the limit,
 * which has no space to cut at, is cut where the limit falls.
 */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  const lastSpace = room.search(/\s\S*$/u);
  // Cutting at a space far back would throw most of the text away: then the word is cut instead.
  const kept = lastSpace >= max / 2 ? room.slice(0, lastSpace) : room;
  return `${kept.replace(/[\s,;:–—-]+$/u, '')}…`;
}
