import type { AddFailure } from './add-article.ts';

/** The wording of every /add failure, by code, in one place; the codes stay in the model. */

/**
 * The one answer for every refused target, whatever the reason (a private, loopback, metadata or
 * reserved address, a port other than 80 and 443): telling them apart would let someone map the
 * network the bot runs in, name by name and port by port. The server's log keeps the detail.
 */
export const REFUSED_TARGET_MESSAGE = 'I will not fetch that link: I only read public web sites on the usual web ports. Nothing was stored; paste the article’s text instead.';

function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/** One plain sentence (or two) saying why nothing was stored, and what to try instead. */
export function describeAddFailure(failure: AddFailure): string {
  switch (failure.code) {
    case 'bad_url':
      return `“${failure.url}” is not a link I can read. Give a full address starting with https://.`;
    case 'scheme':
      return `I only fetch http and https links, not ${failure.scheme}. Paste the article’s text instead.`;
    case 'blocked_address':
    case 'blocked_port':
      return REFUSED_TARGET_MESSAGE;
    case 'dns':
      return `${failure.host} could not be found. Check the link for typos.`;
    case 'http_status':
      return failure.status === 404
        ? `The page was not found (404). Check the link, or paste the article’s text instead. Nothing was stored.`
        : `The site answered with an error (HTTP ${failure.status}). Nothing was stored; paste the article’s text instead if it stays that way.`;
    case 'too_many_redirects':
      return `The link sent me on more than ${failure.max} redirects, so I stopped. Nothing was stored.`;
    case 'timeout':
      return `The site took longer than ${failure.seconds} seconds, so I gave up. Nothing was stored; try again later or paste the text.`;
    case 'too_large':
      return `The page is bigger than ${megabytes(failure.maxBytes)}, far more than any article, so I stopped reading. Nothing was stored.`;
    case 'content_type':
      return `That link is ${failure.contentType || 'of no stated type'}, not a web page or text. I read HTML and plain text only. Nothing was stored.`;
    case 'broken_encoding':
      return `The site sent a ${failure.encoding}-compressed page that is broken (${failure.detail}), so I stopped at once. Nothing was stored; try again later or paste the text.`;
    case 'binary':
      return `That link gives binary data, not text. Nothing was stored.`;
    case 'network':
      return `The site could not be reached (${failure.detail}). Nothing was stored.`;
    case 'no_article':
      return `I found no article to store: ${failure.reason}. Nothing was stored.`;
    case 'too_long':
      return `The article is ${megabytes(failure.bytes)} of text; I store at most ${Math.round(failure.maxBytes / 1024)} KB per article, ten times the longest of 2,225 BBC articles. Nothing was stored.`;
    case 'unsupported_file':
      return `I can read .txt, .md and .html files, not ${failure.name}. Nothing was stored.`;
    case 'store_failed':
      return `The article could not be saved: ${failure.reason}. Nothing was stored.`;
  }
}
