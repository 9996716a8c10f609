import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPageFetcher } from '../../src/ingest/fetch-page.ts';
import { ARTICLE_PAGE, redirect, send, startServer, type LocalServer } from '../helpers/local-server.ts';

let server: LocalServer;

beforeAll(async () => {
  server = await startServer({
    '/article': send(ARTICLE_PAGE),
    '/plain': send('Headline\n\nSome text.', 'text/plain; charset=utf-8'),
    '/latin1': send(Buffer.from('<html><body><p>Caf\u00e9 cr\u00e8me</p></body></html>', 'latin1'), 'text/html; charset=iso-8859-1'),
    '/gzip': (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      response.end(gzipSync(ARTICLE_PAGE));
    },
    '/gzip-cut-short': (_request, response) => {
      const whole = gzipSync(ARTICLE_PAGE);
      response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      response.end(whole.subarray(0, whole.length - 40));
    },
    '/gzip-connection-cut': (_request, response) => {
      const whole = gzipSync(ARTICLE_PAGE);
      response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip', 'content-length': String(whole.length) });
      response.write(whole.subarray(0, 200), () => response.socket?.destroy());
    },
    '/brotli-cut-short': (_request, response) => {
      const whole = brotliCompressSync(ARTICLE_PAGE);
      response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'br' });
      response.end(whole.subarray(0, whole.length - 20));
    },
    '/gzip-bad-checksum': (_request, response) => {
      const whole = Buffer.from(gzipSync(ARTICLE_PAGE));
      // The CRC-32 of the content sits in the trailer's first four bytes.
      whole.writeUInt8(whole.readUInt8(whole.length - 8) ^ 0xff, whole.length - 8);
      response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      response.end(whole);
    },
    '/moved': redirect('/article'),
    '/hop1': redirect('/hop2'),
    '/hop2': redirect('/hop3'),
    '/hop3': redirect('/article'),
    '/loop': redirect('/loop'),
    '/to-metadata': redirect('http://169.254.169.254/latest/meta-data/'),
    '/to-private': redirect('http://10.0.0.1/admin'),
    '/to-loopback': redirect('http://127.0.0.2:1/secret'),
    '/to-ftp': redirect('ftp://ledger.example/file'),
    '/slow': (_request, response) => {
      setTimeout(() => {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end(ARTICLE_PAGE);
      }, 1500);
    },
    '/slow-body': (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.write('<html><body>');
      setTimeout(() => response.end('</body></html>'), 1500);
    },
    '/huge': send('<html><body>' + '<p>word </p>'.repeat(20_000) + '</body></html>'),
    '/huge-chunked': (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      for (let i = 0; i < 50; i++) response.write('x'.repeat(10_000));
      response.end();
    },
    '/image': send(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'image/png'),
    '/pdf': send('%PDF-1.4', 'application/pdf'),
    '/nul': send(Buffer.from('<html>\u0000\u0001</html>'), 'text/html'),
    '/gone': send('<h1>Gone</h1>', 'text/html', 410),
  });
});

afterAll(() => server.close());

const local = createPageFetcher({ allowPrivate: true, timeoutMs: 1000, maxBytes: 100_000 });
/** Long enough that a broken stream given up only at the time cap shows as a timeout. */
const patient = createPageFetcher({ allowPrivate: true, timeoutMs: 30_000 });
const strict = createPageFetcher({ timeoutMs: 1000 });

describe('fetching a page for /add', () => {
  it('GIVEN an article page THEN returns its HTML, kind and final URL', async () => {
    const page = await local(server.url('/article'));
    expect(page).toMatchObject({ ok: true, kind: 'html', contentType: 'text/html', url: server.url('/article') });
    expect(page.ok && page.text).toContain('Border towns brace');
  });

  it('GIVEN plain text THEN returns it as text', async () => {
    expect(await local(server.url('/plain'))).toMatchObject({ ok: true, kind: 'text', text: 'Headline\n\nSome text.' });
  });

  it('GIVEN a declared charset THEN decodes with it', async () => {
    const page = await local(server.url('/latin1'));
    expect(page.ok && page.text).toContain('Café crème');
  });

  it('GIVEN a gzip body THEN returns it decompressed', async () => {
    const page = await local(server.url('/gzip'));
    expect(page.ok && page.text).toContain('Border towns brace');
  });

  it('GIVEN a gzip body cut short THEN fails at once, saying the compressed page is broken', async () => {
    expect(await patient(server.url('/gzip-cut-short'))).toMatchObject({ ok: false, code: 'broken_encoding', encoding: 'gzip' });
  });

  it('GIVEN a gzip body whose connection is cut before its declared length THEN fails at once, saying the page was cut short', async () => {
    expect(await patient(server.url('/gzip-connection-cut'))).toMatchObject({ ok: false, code: 'broken_encoding', encoding: 'gzip' });
  });

  it('GIVEN a brotli body cut short THEN fails at once, saying the compressed page is broken', async () => {
    expect(await patient(server.url('/brotli-cut-short'))).toMatchObject({ ok: false, code: 'broken_encoding', encoding: 'br' });
  });

  it('GIVEN a gzip body with a wrong checksum THEN fails at once, saying the compressed page is broken', async () => {
    expect(await patient(server.url('/gzip-bad-checksum'))).toMatchObject({ ok: false, code: 'broken_encoding', encoding: 'gzip' });
  });

  it('GIVEN a compressed body cut short, gzip or brotli THEN the failure says it ends before its compressed data does', async () => {
    for (const path of ['/gzip-cut-short', '/brotli-cut-short']) {
      expect(await patient(server.url(path))).toMatchObject({ detail: 'it ends before its compressed data does' });
    }
  });

  it('GIVEN a gzip body with a wrong checksum THEN the failure says the checksum does not match', async () => {
    expect(await patient(server.url('/gzip-bad-checksum'))).toMatchObject({ detail: 'its checksum does not match its content' });
  });

  it('GIVEN a gzip body whose connection is cut before its declared length THEN the failure says the connection closed early', async () => {
    expect(await patient(server.url('/gzip-connection-cut'))).toMatchObject({ detail: 'the connection closed before the page was complete' });
  });

  it('GIVEN redirects within the limit THEN follows them and reports the final URL', async () => {
    expect(await local(server.url('/moved'))).toMatchObject({ ok: true, url: server.url('/article') });
    expect(await local(server.url('/hop1'))).toMatchObject({ ok: true, url: server.url('/article') });
  });

  it('GIVEN more than the allowed redirects THEN stops', async () => {
    expect(await local(server.url('/loop'))).toMatchObject({ ok: false, code: 'too_many_redirects', max: 5 });
    const twoHops = createPageFetcher({ allowPrivate: true, maxRedirects: 2 });
    expect(await twoHops(server.url('/hop1'))).toMatchObject({ ok: false, code: 'too_many_redirects', max: 2 });
  });

  it('GIVEN ALLOW_PRIVATE_URLS off THEN refuses a loopback address without connecting', async () => {
    const before = server.hits.get('/article') ?? 0;
    expect(await strict(server.url('/article'))).toMatchObject({ ok: false, code: 'blocked_address', kind: 'loopback', address: '127.0.0.1' });
    expect(server.hits.get('/article') ?? 0).toBe(before);
  });

  it('GIVEN ALLOW_PRIVATE_URLS off THEN refuses a host name that resolves to loopback', async () => {
    expect(await strict('http://localhost:9/')).toMatchObject({ ok: false, code: 'blocked_address', host: 'localhost', kind: 'loopback' });
  });

  it('GIVEN a public page that redirects to a private address, with ALLOW_PRIVATE_URLS off THEN refuses the redirect', async () => {
    // The test server stands in for a public site; every other address is judged by the real rules.
    const publicLocal = createPageFetcher({ timeoutMs: 1000, treatAsPublic: ['127.0.0.1'], ports: 'any' });
    expect(await publicLocal(server.url('/article'))).toMatchObject({ ok: true });
    expect(await publicLocal(server.url('/to-private'))).toMatchObject({ ok: false, code: 'blocked_address', address: '10.0.0.1', kind: 'private' });
    expect(await publicLocal(server.url('/to-loopback'))).toMatchObject({ ok: false, code: 'blocked_address', address: '127.0.0.2', kind: 'loopback' });
    expect(await publicLocal(server.url('/to-metadata'))).toMatchObject({ ok: false, code: 'blocked_address', kind: 'metadata' });
  });

  it('GIVEN a public host on a port other than 80 or 443 THEN refuses it without connecting', async () => {
    const publicLocal = createPageFetcher({ timeoutMs: 1000, treatAsPublic: ['127.0.0.1'] });
    const before = server.hits.get('/article') ?? 0;
    expect(await publicLocal(server.url('/article'))).toMatchObject({ ok: false, code: 'blocked_port' });
    expect(server.hits.get('/article') ?? 0).toBe(before);
  });

  it('GIVEN ports configured THEN a public host on one of them is fetched', async () => {
    const port = Number(new URL(server.url('/')).port);
    const publicLocal = createPageFetcher({ timeoutMs: 1000, treatAsPublic: ['127.0.0.1'], ports: [443, port] });
    expect(await publicLocal(server.url('/article'))).toMatchObject({ ok: true });
  });

  it.each(['http://[::ffff:0:7f00:1]/', 'http://[64:ff9b:1::a00:1]/', 'http://[fec0::1]/', 'http://[100::1]/', 'http://[2001::1]/'])(
    'GIVEN a literal special-purpose IPv6 address %s THEN refuses it',
    async (url) => {
      expect(await strict(url)).toMatchObject({ ok: false, code: 'blocked_address' });
    },
  );

  it('GIVEN ALLOW_PRIVATE_URLS on THEN still refuses a redirect to the cloud metadata address', async () => {
    expect(await local(server.url('/to-metadata'))).toMatchObject({ ok: false, code: 'blocked_address', address: '169.254.169.254', kind: 'metadata' });
  });

  it('GIVEN a redirect to another scheme THEN refuses it', async () => {
    expect(await local(server.url('/to-ftp'))).toMatchObject({ ok: false, code: 'scheme', scheme: 'ftp' });
  });

  it('GIVEN a URL that is not http or https THEN refuses it', async () => {
    expect(await local('file:///etc/passwd')).toMatchObject({ ok: false, code: 'scheme', scheme: 'file' });
    expect(await local('not a url')).toMatchObject({ ok: false, code: 'bad_url' });
  });

  it('GIVEN a slow server THEN gives up at the time cap, headers or body', async () => {
    expect(await local(server.url('/slow'))).toMatchObject({ ok: false, code: 'timeout', seconds: 1 });
    expect(await local(server.url('/slow-body'))).toMatchObject({ ok: false, code: 'timeout' });
  });

  it('GIVEN a page over the size cap THEN stops reading, with or without a length header', async () => {
    expect(await local(server.url('/huge'))).toMatchObject({ ok: false, code: 'too_large', maxBytes: 100_000 });
    expect(await local(server.url('/huge-chunked'))).toMatchObject({ ok: false, code: 'too_large' });
  });

  it('GIVEN an image, a PDF or NUL bytes THEN refuses it as not text', async () => {
    expect(await local(server.url('/image'))).toMatchObject({ ok: false, code: 'content_type', contentType: 'image/png' });
    expect(await local(server.url('/pdf'))).toMatchObject({ ok: false, code: 'content_type', contentType: 'application/pdf' });
    expect(await local(server.url('/nul'))).toMatchObject({ ok: false, code: 'binary' });
  });

  it('GIVEN a 404 or another error status THEN reports the status', async () => {
    expect(await local(server.url('/missing'))).toMatchObject({ ok: false, code: 'http_status', status: 404 });
    expect(await local(server.url('/gone'))).toMatchObject({ ok: false, code: 'http_status', status: 410 });
  });
});
