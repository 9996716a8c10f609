import { describe, expect, it } from 'vitest';
import type { FetchFailure } from '../../src/ingest/fetch-page.ts';
import { describeAddFailure } from '../../src/ingest/messages.ts';

describe('what /add says when it refuses a link', () => {
  const refused: FetchFailure[] = [
    { ok: false, code: 'blocked_address', url: 'http://intranet.corp/', host: 'intranet.corp', address: '10.0.0.7', kind: 'private' },
    { ok: false, code: 'blocked_address', url: 'http://169.254.169.254/', host: '169.254.169.254', address: '169.254.169.254', kind: 'metadata' },
    { ok: false, code: 'blocked_address', url: 'http://localhost:6379/', host: 'localhost', address: '127.0.0.1', kind: 'loopback' },
    { ok: false, code: 'blocked_port', url: 'http://news.example:22/', host: 'news.example', port: 22 },
  ];

  it('GIVEN any refused target, by address or by port THEN gives one and the same answer', () => {
    const answers = new Set(refused.map(describeAddFailure));
    expect(answers.size).toBe(1);
  });

  it('GIVEN a refused target THEN the answer names no address, host, port or kind of network', () => {
    for (const failure of refused) {
      const answer = describeAddFailure(failure);
      expect(answer).not.toMatch(/10\.0\.0\.7|169\.254|127\.0\.0\.1|intranet|localhost|\b22\b|loopback|private|metadata/);
    }
  });

  it('GIVEN a compressed page that is broken THEN says what was wrong, not that the site was slow', () => {
    const answer = describeAddFailure({ ok: false, code: 'broken_encoding', url: 'https://news.example/a', encoding: 'gzip', detail: 'its checksum does not match its content' });
    expect(answer).toMatch(/gzip-compressed page that is broken \(its checksum does not match its content\)/);
    expect(answer).not.toMatch(/longer than/);
  });
});
