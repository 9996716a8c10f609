import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { must } from '../support/must.ts';

/** A route: what the local server does for one path. */
export type Route = (request: IncomingMessage, response: ServerResponse) => void;

/** A local HTTP server on 127.0.0.1 and a free port, with a count of requests per path. */
export interface LocalServer {
  url(path: string): string;
  hits: Map<string, number>;
  close(): Promise<void>;
}

/** Start a server on 127.0.0.1, port 0, answering `routes` by path and 404 for anything else. */
export async function startServer(routes: Record<string, Route>): Promise<LocalServer> {
  const hits = new Map<string, number>();
  const server: Server = createServer((request, response) => {
    const path = must((request.url ?? '/').split('?')[0]);
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const route = routes[path];
    if (route) return route(request, response);
    response.writeHead(404, { 'content-type': 'text/html' });
    response.end('<html><body><h1>Not found</h1></body></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    hits,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Answer with this status, content type and body. */
export function send(body: string | Buffer, contentType = 'text/html; charset=utf-8', status = 200): Route {
  return (_request, response) => {
    response.writeHead(status, { 'content-type': contentType });
    response.end(body);
  };
}

/** Redirect to `location` with a 302. */
export function redirect(location: string): Route {
  return (_request, response) => {
    response.writeHead(302, { location });
    response.end();
  };
}

/** A real-looking news page with full metadata, as a newspaper site would serve it. */
export const ARTICLE_PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Border towns brace for winter as repairs stall | The Northern Ledger</title>
  <meta property="og:title" content="Border towns brace for winter as repairs stall">
  <meta property="og:site_name" content="The Northern Ledger">
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="2025-12-03T08:15:00Z">
  <meta name="author" content="Maria Lindqvist">
  <link rel="canonical" href="https://ledger.example/world/border-towns-winter">
  <script>window.analytics = { track() {} };</script>
</head>
<body>
  <header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a> <a href="/login">Sign in</a></nav></header>
  <main>
    <article>
      <h1>Border towns brace for winter as repairs stall</h1>
      <p class="byline">By Maria Lindqvist</p>
      <p>Residents of three border towns say heating repairs promised in the summer have not begun, leaving hundreds of homes without reliable warmth as temperatures fall.</p>
      <p>The regional governor said on Tuesday that 5,000 workers would be sent to the area within two weeks, though officials in the towns said they had received no schedule.</p>
      <p>“We have heard this before,” said Olena Marchuk, a schoolteacher who has lived in the town for thirty years. “Nobody has come to look at the boiler.”</p>
      <p>A spokesman for the regional energy company, who asked not to be named, said supply problems had delayed the delivery of pipes and pumps.</p>
      <p>The ministry did not respond to a request for comment.</p>
    </article>
    <aside><h2>Most read</h2><ul><li><a href="/a">Storm warning</a></li><li><a href="/b">Election results</a></li></ul></aside>
  </main>
  <footer>© 2025 The Northern Ledger. All rights reserved.</footer>
</body>
</html>`;

/** The same story on a bare page: no metadata at all, not even a title. */
export const BARE_PAGE = `<html><body><div>
  <p>Residents of a coastal village say the new sea wall has already cracked, less than a year after it was finished at a cost of four million euros.</p>
  <p>Engineers from the county council inspected the wall on Monday and said the cracks were on the surface only, but villagers said water had come through during last week's storm.</p>
  <p>The contractor said it would repair the damage at its own expense.</p>
</div></body></html>`;

/** A page with menus and links and no article text. */
export const NO_ARTICLE_PAGE = `<!doctype html><html><head><title>Sign in</title></head><body>
  <nav><a href="/">Home</a> <a href="/world">World</a></nav>
  <form><label>Email <input name="email"></label><button>Sign in</button></form>
</body></html>`;
