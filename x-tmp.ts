import { parseHTML } from 'linkedom';
import { extractArticle } from './src/ingest/extract-html.ts';
const para = '<p>Residents of the valley said the new bridge had been closed twice since it opened, and the council said repairs would take weeks.</p>';
for (const depth of [500, 1000, 1500]) {
  const html = '<html><body>' + '<div>'.repeat(depth) + para + '</div>'.repeat(depth) + '</body></html>';
  let t = Date.now();
  const { document } = parseHTML(html);
  console.log('depth', depth, 'bytes', html.length, 'parse ms', Date.now() - t, 'all', document.getElementsByTagName('*').length, document.querySelectorAll('*').length);
  t = Date.now();
  extractArticle(html, 'https://x.example/');
  console.log('extract ms', Date.now() - t);
}
