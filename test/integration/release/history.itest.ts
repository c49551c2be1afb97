// `mlci history` over a repository with 120 releases (two pages of the releases API): the table, JSON
// and markdown views, `--at` answering "what was in production then", `--model`, and a forged asset
// that is not a record skipped with a warning.
import { afterAll, beforeAll, expect, jest, test } from '@jest/globals';
import { main } from '../../../src/cli/main.js';
import { history } from '../../../src/actions/history/history.js';
import { serializeRecord } from '../../../src/core/release/record.js';
import { type FakeGitHub, startFakeGitHub } from '../../harness/fake-github.js';
import { recordingIO } from '../../support/image-io.js';
import { digestOf, sampleRecord } from '../../support/release-record.js';

let fake: FakeGitHub;
const DAY = 86_400_000;
const START = Date.parse('2027-01-01T12:00:00Z');

/** Release i (0-based) went to production on day i at 12:00; every 10th is the `fraud` model's. */
const releasedAt = (i: number) => new Date(START + i * DAY).toISOString();

beforeAll(async () => {
  fake = await startFakeGitHub();
  const attach = (releaseId: number, name: string, data: string) =>
    fake.state.assets.push({
      id: fake.nextId(),
      repo: fake.repository,
      releaseId,
      name,
      label: null,
      contentType: 'application/json',
      data: Buffer.from(data),
      uploader: 'github-actions[bot]',
      createdAt: '2027-01-01T00:00:00Z',
      updatedAt: '2027-01-01T00:00:00Z',
    });
  // Created in an order unlike their release times (a backport released late), so the listing order
  // (newest created first) is not the history order.
  const order = Array.from({ length: 120 }, (_, i) => i);
  [order[50], order[60]] = [order[60]!, order[50]!];
  for (const i of order) {
    const model = i % 10 === 9 ? 'fraud' : null;
    const tag = model ? `fraud-v${i}.0.0` : `v1.${i}.0`;
    const id = fake.nextId();
    fake.state.releases.push({
      id,
      repo: fake.repository,
      tagName: tag,
      targetCommitish: 'main',
      name: tag,
      body: null,
      draft: false,
      prerelease: false,
      makeLatest: true,
      author: 'github-actions[bot]',
      createdAt: '2027-01-01T00:00:00Z',
      publishedAt: '2027-01-01T00:00:00Z',
    });
    const record = sampleRecord({
      tag,
      model,
      release: tag.replace(/^.*v/, ''),
      releasedAt: releasedAt(i),
      image: { reference: `r/m@${digestOf(i + 1)}`, digest: digestOf(i + 1), tags: [], rebuild: null },
      who: { actor: `user${i}`, triggeringActor: null, tagger: null },
      why: { source: 'tag-message', text: `reason ${i}` },
      metrics: { accuracy: 0.8 + i / 1000 },
    });
    attach(id, 'mlci-release-record.json', serializeRecord(record));
  }
  // A release someone attached a forged "record" to, and a draft: neither is production.
  const forged = fake.nextId();
  fake.state.releases.push({ ...fake.state.releases[0]!, id: forged, tagName: 'v9.9.9' });
  attach(forged, 'mlci-release-record.json', '{"kind":"mlci/release-record","version":1,"tag":"v9.9.9"}');
}, 30_000);
afterAll(async () => {
  await fake.stop();
});

const run = async (inputs: Record<string, string>) => {
  const io = recordingIO(inputs, '/', fake.env());
  await history(io);
  return io;
};

test('--at answers what was in production then, reading every page', async () => {
  fake.requests.length = 0;
  const io = await run({ at: '2027-03-01T12:00Z', format: 'json' });
  // 2027-03-01 is day 59: release 59 is the fraud model's, so the newest change of any model is 59.
  expect(JSON.parse(io.summaries.join(''))).toMatchObject({
    tag: 'fraud-v59.0.0',
    who: 'user59',
    model: 'fraud',
  });
  const pages = fake.requests
    .filter((r) => r.route === '/repos/{owner}/{repo}/releases')
    .map((r) => r.query.page);
  expect(pages).toEqual(['1', '2']);
  expect(
    fake.requests.filter((r) => r.route === '/repos/{owner}/{repo}/releases/assets/{asset_id}'),
  ).toHaveLength(121);
  expect(io.logs).toContainEqual(
    expect.stringMatching(
      /^warning: skipped release v9\.9\.9: mlci-release-record\.json field `release` is missing$/,
    ),
  );
});

test('--at with --model, one second before a release, and before the first', async () => {
  const at = (text: string, model?: string) =>
    run({ at: text, format: 'json', ...(model ? { model } : {}) }).then((io) =>
      JSON.parse(io.summaries.join('')),
    );
  expect((await at('2027-03-01T12:00Z', 'churn'))?.tag).toBeUndefined();
  expect(await at('2027-03-01T12:00Z', 'fraud')).toMatchObject({ tag: 'fraud-v59.0.0' });
  expect(await at('2027-01-11T11:59:59Z')).toMatchObject({ tag: 'fraud-v9.0.0' });
  expect(await at('2027-01-11T12:00:00Z')).toMatchObject({ tag: 'v1.10.0' });
  const early = await run({ at: '2026-12-31', format: 'json' });
  expect(JSON.parse(early.summaries.join(''))).toBeNull();
  expect(early.logs).toContain(
    'notice: nothing was in production at 2026-12-31T23:59:59.999Z (first release: 2027-01-01T12:00:00.000Z)',
  );
});

test('the whole history, newest first, as a table and as markdown with a timeline', async () => {
  const table = (await run({})).summaries.join('').trimEnd().split('\n');
  expect(table).toHaveLength(121);
  expect(table[1]).toMatch(/^119\.0\.0 +2027-04-30T12:00:00\.000Z +user119 /);
  expect(table[120]).toMatch(/^1\.0\.0 +2027-01-01T12:00:00\.000Z +user0 /);
  // Release 60 was created before release 50 (the swap); history still follows release time.
  const versions = table.slice(1).map((line) => line.split(/ +/)[0]);
  expect(versions.indexOf('1.60.0')).toBeLessThan(versions.indexOf('1.50.0'));
  const md = (await run({ format: 'markdown', model: 'fraud' })).summaries.join('');
  expect(md.match(/^\| \d/gm)).toHaveLength(12);
  const timeline = md.slice(md.indexOf('```mermaid')).split('\n');
  expect(timeline[3]).toBe('    2027-01-10 : 9.0.0 by user9');
  expect(timeline[14]).toBe('    2027-04-30 : 119.0.0 by user119');
});

test('a bad --at or --format is a usage error', async () => {
  await expect(run({ at: 'last tuesday' })).rejects.toMatchObject({
    exitCode: 2,
    message: expect.stringMatching(/got "last tuesday"/),
  });
  await expect(run({ format: 'xml' })).rejects.toMatchObject({ exitCode: 2 });
});

test('the CLI: `mlci history --at … --format json` prints the record; `mlci release --rollback-to` without --reason exits 2', async () => {
  Object.assign(process.env, fake.env());
  let stdout = '';
  let stderr = '';
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    expect(await main(['history', '--at', '2027-01-02T12:00Z', '--format', 'json'])).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ tag: 'v1.1.0', who: 'user1' });
    expect(await main(['release', '--rollback-to', 'v1.1.0'])).toBe(2);
    expect(stderr).toContain('a rollback needs `reason`');
  } finally {
    jest.restoreAllMocks();
  }
});
