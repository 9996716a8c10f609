import { yaml } from './yaml.ts';

/** The front-matter fields an added article is stored with; the loader reads the first five. */
export interface StoredFields {
  title?: string;
  outlet?: string;
  /** The date as the source gave it; the loader reads the calendar date from it. */
  date?: string;
  author?: string;
  url?: string;
  /** The site name the page gave itself, when it was fetched from elsewhere: its claim, not a credit. */
  claimed_outlet?: string;
  /** The address the page gave as its own (canonical link): its claim, not where it was read. */
  claimed_url?: string;
  /** When the article was added, ISO timestamp: for people editing the folder by hand. */
  added?: string;
  /** Who added it (`slack:U123`, `console`): for people editing the folder by hand. */
  added_by?: string;
}

const FIELD_ORDER: readonly (keyof StoredFields)[] = ['title', 'outlet', 'date', 'author', 'url', 'claimed_outlet', 'claimed_url', 'added', 'added_by'];

/**
 * An article as a Markdown file: YAML front matter with the fields that are known, a blank line,
 * then the body paragraphs separated by blank lines. The loader reads it back as the same
 * article, and a person can edit it by hand.
 */
export function renderArticleMarkdown(fields: StoredFields, body: string): string {
  const known = Object.fromEntries(
    FIELD_ORDER.flatMap((key) => {
      const value = fields[key]?.trim();
      return value === undefined || value === '' ? [] : [[key, value] as const];
    }),
  );
  // lineWidth 0: a long headline folded over lines would read back with different spacing.
  const frontMatter = Object.keys(known).length > 0 ? `---\n${yaml().stringify(known, { lineWidth: 0 })}---\n\n` : '';
  return `${frontMatter}${body.replace(/\r\n?/g, '\n').trim()}\n`;
}
