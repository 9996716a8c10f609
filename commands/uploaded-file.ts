import { z } from 'zod';

/** The longest article text taken pasted or uploaded, in characters: a long feature is ~60,000. */
export const MAX_ADD_TEXT_CHARS = 200_000;

/**
 * A file a user uploads with a command. Platforms that can attach files map this one schema to
 * their own upload option (an attachment option), so commands stay platform-neutral; the
 * adapter fills `content` when it has downloaded the file, `url` when the file is public.
 */
export const UPLOADED_FILE = z.object({
  name: z.string().trim().min(1).max(255).describe('The file name, whose extension says how to read it: .txt, .md or .html'),
  content: z.string().max(MAX_ADD_TEXT_CHARS).optional().describe('The file’s text, when the adapter has already downloaded it'),
  url: z.string().trim().max(2000).optional().describe('Where to fetch the file, when it is public (a Discord attachment URL)'),
});
