import { renderText } from '../../../src/answer/render/text.ts';
import { runRendererContract } from './renderer-contract.ts';

runRendererContract({
  name: 'text',
  render: renderText,
  texts: (output) => output.split('\n'),
  // A terminal has no message limits.
  limits: () => [],
  // On a terminal, harm comes from control sequences (colours, cursor moves, bidi overrides).
  findPings: (text) => [...text.matchAll(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu)].map((match) => match[0]),
  markup: false,
});
