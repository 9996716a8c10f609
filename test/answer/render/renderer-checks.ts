/**
 * What the renderer tests check on each platform's output: the texts a reader sees, the limits
 * broken, and the pings that would fire. Shared by the renderer contract runs and the
 * property-based renderer tests.
 */
import type { DiscordMessage } from '../../../src/answer/render/discord.ts';
import { SLACK_LIMITS, type SlackBlock, type SlackMessage } from '../../../src/answer/render/slack.ts';

/** Every text a reader sees in a message, block by block, with the fallback text first. */
export function slackTexts(message: SlackMessage): string[] {
  return [message.text, ...message.blocks.flatMap(blockTexts)];
}

function blockTexts(block: SlackBlock): string[] {
  switch (block.type) {
    case 'header':
    case 'section':
      return [block.text.text];
    case 'context':
      return block.elements.map((element) => element.text);
    case 'actions':
      return block.elements.map((element) => element.text.text);
    default:
      return [];
  }
}

/** Each limit of Slack's that the message breaks. */
export function slackLimitsBroken(message: SlackMessage): string[] {
  const broken: string[] = [];
  if (message.blocks.length > SLACK_LIMITS.blocks) broken.push(`${message.blocks.length} blocks`);
  if (message.text.length === 0 || message.text.length > SLACK_LIMITS.fallbackChars) broken.push(`fallback text of ${message.text.length}`);
  let total = 0;
  for (const block of message.blocks) {
    const texts = blockTexts(block);
    total += texts.reduce((sum, text) => sum + text.length, 0);
    if (texts.some((text) => text.length === 0 || text.length > SLACK_LIMITS.textChars)) broken.push(`a ${block.type} text of ${texts.map((text) => text.length).join('/')}`);
    if (block.type === 'header' && block.text.text.length > SLACK_LIMITS.headerChars) broken.push(`header of ${block.text.text.length}`);
    if (block.type === 'context' && block.elements.length > SLACK_LIMITS.contextElements) broken.push(`context of ${block.elements.length} elements`);
  }
  // Slack answers msg_blocks_too_long near 12,000; "well under" is what we promise.
  if (total > 11_000) broken.push(`${total} characters of block text`);
  return broken;
}

/** Mentions, broadcasts and links Slack would act on: `<!…>`, `<@…>`, `<#…>`, bare `@here`. */
export function findSlackPings(text: string): string[] {
  return [...text.matchAll(/<[!@#][^>]*>?|@(?:here|channel|everyone)\b/giu)].map((match) => match[0]);
}

/** Everything a reader sees in the message, in order: what the shared renderer contract reads. */
export function visibleText(message: DiscordMessage): string {
  return [
    message.content ?? '',
    ...message.embeds.flatMap((embed) => [embed.title ?? '', embed.description ?? '', ...(embed.fields ?? []).flatMap((field) => [field.name, field.value]), embed.footer?.text ?? '']),
  ].join('\n');
}

/** Mentions Discord would act on: an @everyone or @here not broken by a zero-width space, or a mention token. */
export function findDiscordPings(text: string): string[] {
  return [...text.matchAll(/@(?:everyone|here)\b|<(?:@[!&]?|#|\/[\w-]+:)\d+>|<t:\d+(?::\w)?>/gu)].map((match) => match[0]);
}
