import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeSlackFileFailure, downloadSlackFile, isSlackFileUrl, type SlackFile } from '../../src/adapters/slack/files.ts';
import { send, startServer, type LocalServer } from '../helpers/local-server.ts';
import { startFakeSlack, type FakeSlack } from './slack-fake.ts';

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
