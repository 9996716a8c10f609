import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeSlackFileFailure, downloadSlackFile, isSlackCdnUrl, isSlackFileUrl, type SlackFile } from '../../src/adapters/slack/files.ts';
import { send, startServer, type LocalServer } from '../helpers/local-server.ts';
import { startFakeSlack, type FakeSlack } from './slack-fake.ts';
import { must } from '../support/must.ts';

const TOKEN = 'xoxb-5555-files-unit';
let fake: FakeSlack;
let pages: LocalServer;

beforeAll(async () => {
  fake = await startFakeSlack();
  pages = await startServer({ '/signin.txt': send('<!doctype html><html><body>Sign in to Slack</body></html>') });
});
afterAll(async () => {
  await fake?.close();
  await pages?.close();
});

const noLookUp = async (): Promise<SlackFile | undefined> => undefined;

describe('isSlackFileUrl', () => {
  it('GIVEN Slack’s file host or the configured API’s own origin THEN the token may go there; anywhere else it may not', () => {
    expect(isSlackFileUrl('https://files.slack.com/files-pri/T1-F1/download/a.txt')).toBe(true);
    expect(isSlackFileUrl('https://files.slack-gov.com/files-pri/T1-F1/a.txt', 'https://slack-gov.com/api/')).toBe(true);
    expect(isSlackFileUrl('http://127.0.0.1:4000/files-pri/F1/a.txt', 'http://127.0.0.1:4000/api/')).toBe(true);
    expect(isSlackFileUrl('http://files.slack.com/files-pri/F1/a.txt')).toBe(false);
    expect(isSlackFileUrl('https://files.slack.com.evil.example/a.txt')).toBe(false);
    expect(isSlackFileUrl('https://docs.google.com/document/d/1')).toBe(false);
    expect(isSlackFileUrl('http://127.0.0.1:4001/a.txt', 'http://127.0.0.1:4000/api/')).toBe(false);
    expect(isSlackFileUrl('not a url')).toBe(false);
  });
});

describe('downloadSlackFile', () => {
  it('GIVEN the right token THEN the file’s text comes back', async () => {
    const file = fake.shareFile('F1', 'story.txt', 'Headline\n\nBody text.', TOKEN);
    expect(await downloadSlackFile(file, { botToken: TOKEN, apiUrl: fake.apiUrl, lookUp: noLookUp })).toEqual({ ok: true, name: 'story.txt', content: 'Headline\n\nBody text.' });
  });

  it('GIVEN a token Slack does not accept THEN its redirect is not followed and the user is told what the app lacks', async () => {
    const file = fake.shareFile('F2', 'story.txt', 'Headline\n\nBody text.', 'xoxb-other');
    const result = await downloadSlackFile(file, { botToken: TOKEN, apiUrl: fake.apiUrl, lookUp: noLookUp });
    expect(result).toEqual({ ok: false, code: 'slack_refused', name: 'story.txt' });
    expect(fake.requests.some((request) => request.path === '/signin')).toBe(false);
    expect(describeSlackFileFailure(result as Exclude<typeof result, { ok: true }>)).toContain('files:read');
  });

  it('GIVEN Slack redirecting to another address on its file host THEN the redirect is followed with the token and the file read', async () => {
    const file = fake.shareFile('F6', 'moved.txt', 'Headline\n\nMoved text.', TOKEN, 'files-host');
    expect(await downloadSlackFile(file, { botToken: TOKEN, apiUrl: fake.apiUrl, lookUp: noLookUp })).toEqual({ ok: true, name: 'moved.txt', content: 'Headline\n\nMoved text.' });
    expect(fake.requests.filter((request) => request.path.startsWith('/files-pri/F6/')).map((request) => request.authorization)).toEqual([`Bearer ${TOKEN}`, `Bearer ${TOKEN}`]);
  });

  it('GIVEN Slack redirecting to a pre-signed address on its file CDN THEN the file is read from there, and the token is not sent there', async () => {
    const file = fake.shareFile('F7', 'edge.txt', 'Headline\n\nFrom the edge.', TOKEN, 'cdn');
    expect(await downloadSlackFile(file, { botToken: TOKEN, apiUrl: fake.apiUrl, cdnOrigins: [fake.cdnUrl], lookUp: noLookUp })).toEqual({
      ok: true,
      name: 'edge.txt',
      content: 'Headline\n\nFrom the edge.',
    });
    const atCdn = fake.requests.filter((request) => request.path === '/cdn/presigned/F7');
    expect(atCdn).toHaveLength(1);
    expect(must(atCdn[0]).authorization).toBeUndefined();
  });

  it('GIVEN a redirect to a host that is neither Slack’s file host nor its CDN THEN it is not followed', async () => {
    const file = fake.shareFile('F8', 'away.txt', 'Headline\n\nText.', TOKEN, 'cdn');
    expect(await downloadSlackFile(file, { botToken: TOKEN, apiUrl: fake.apiUrl, lookUp: noLookUp })).toEqual({ ok: false, code: 'slack_refused', name: 'away.txt' });
    expect(fake.requests.some((request) => request.path === '/cdn/presigned/F8')).toBe(false);
  });

  it('GIVEN Slack’s CDN hosts THEN they count as its file CDN over https only, and look-alike hosts do not', () => {
    expect(isSlackCdnUrl('https://files.slack-edge.com/presigned/F1?sig=1')).toBe(true);
    expect(isSlackCdnUrl('https://slack-files.com/T1-F1-abc')).toBe(true);
    expect(isSlackCdnUrl('http://files.slack-edge.com/F1')).toBe(false);
    expect(isSlackCdnUrl('https://slack-edge.com.evil.example/F1')).toBe(false);
    expect(isSlackCdnUrl('https://evilslack-edge.com/F1')).toBe(false);
  });

  it('GIVEN a sign-in page where a .txt should be THEN it is not taken for the article', async () => {
    const file: SlackFile = { id: 'F3', name: 'signin.txt', size: 60, url_private_download: pages.url('/signin.txt') };
    expect(await downloadSlackFile(file, { botToken: TOKEN, apiUrl: pages.url('/api/'), lookUp: noLookUp })).toMatchObject({ ok: false, code: 'slack_refused' });
  });

  it('GIVEN a file over the size cap or of a kind /add cannot read THEN nothing is downloaded', async () => {
    const big = fake.shareFile('F4', 'big.txt', 'x'.repeat(2000), TOKEN);
    const pdf = fake.shareFile('F5', 'report.pdf', '%PDF', TOKEN);
    expect(await downloadSlackFile(big, { botToken: TOKEN, apiUrl: fake.apiUrl, lookUp: noLookUp, maxBytes: 1000 })).toMatchObject({ ok: false, code: 'too_large' });
    expect(await downloadSlackFile({ ...big, size: 10 }, { botToken: TOKEN, apiUrl: fake.apiUrl, lookUp: noLookUp, maxBytes: 1000 })).toMatchObject({ ok: false, code: 'too_large' });
    expect(await downloadSlackFile(pdf, { botToken: TOKEN, apiUrl: fake.apiUrl, lookUp: noLookUp })).toMatchObject({ ok: false, code: 'unsupported_file', name: 'report.pdf' });
    expect(fake.requests.filter((request) => request.path.startsWith('/files-pri/F4/') || request.path.startsWith('/files-pri/F5/'))).toHaveLength(1);
  });

  it('GIVEN a file Slack names by id that files.info cannot find THEN the user is told Slack did not hand it over', async () => {
    expect(await downloadSlackFile({ id: 'F404' }, { botToken: TOKEN, apiUrl: fake.apiUrl, lookUp: noLookUp })).toEqual({ ok: false, code: 'slack_refused', name: 'F404' });
  });
});
