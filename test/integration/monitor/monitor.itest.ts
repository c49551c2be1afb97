// monitor end to end in-process: real validate-data profiles and drift, the fake GitHub's issues.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { incidentMarker } from '../../../src/core/monitor/incident.js';
import { type FakeGitHub, startFakeGitHub } from '../../harness/fake-github.js';
import { runMonitor } from '../../support/monitor-run.js';
import { normal, seededRandom } from '../../support/seeded-random.js';
import { runValidateData } from '../../support/validate-data-run.js';

const SCHEMA = `fields:
  - name: age
    type: number
  - name: city
    type: string
`;

/** n rows: age ~ N(mean, 10), city A/B/C with the given weights. */
function table(n: number, seed: number, mean = 40, cities = [0.5, 0.3, 0.2]): string {
  const random = seededRandom(seed);
  const lines = ['age,city'];
  for (let i = 0; i < n; i++) {
    const age = (mean + 10 * normal(random)).toFixed(2);
    const u = random();
    const city = u < cities[0]! ? 'A' : u < cities[0]! + cities[1]! ? 'B' : 'C';
    lines.push(`${age},${city}`);
  }
  return `${lines.join('\n')}\n`;
}

let fake: FakeGitHub;
let dir: string;
let env: Record<string, string>;
const repo = 'acme/widgets';

beforeAll(async () => {
  fake = await startFakeGitHub();
  dir = mkdtempSync(join(tmpdir(), 'mlci-monitor-'));
  const made = await runValidateData(
    { 'schema.yaml': SCHEMA, 'ref.csv': table(4000, 1) },
    { data: 'ref.csv', schema: 'schema.yaml', profile: 'ref-profile.json', report: 'ref-report.json' },
    { dir },
  );
  expect(made.exitCode).toBe(0);
  writeFileSync(join(dir, 'same.csv'), table(1000, 2));
  writeFileSync(join(dir, 'shifted.csv'), table(1000, 3, 60));
  writeFileSync(join(dir, 'shifted-both.csv'), table(1000, 4, 60, [0.1, 0.1, 0.8]));
  env = { ...fake.env(), GITHUB_REPOSITORY: repo, GITHUB_TOKEN: fake.token };
});
afterAll(async () => {
  await fake.stop();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  fake.state.issues.splice(0);
  fake.state.comments.splice(0);
});
afterEach(() => fake.clearFaults());

const inputs = (data: string, extra: Record<string, string> = {}) => ({
  data,
  schema: 'schema.yaml',
  'reference-profile': 'ref-profile.json',
  model: 'churn',
  'close-after': '2',
  ...extra,
});
const ours = () => fake.state.issues.filter((i) => i.user === 'github-actions[bot]');
const commentsOn = (n: number) => fake.state.comments.filter((c) => c.issueNumber === n);

describe('incident issues', () => {
  test('first drift opens one labelled issue; unchanged failures add no comment; a change comments once', async () => {
    const first = await runMonitor(dir, inputs('shifted.csv'), env);
    expect(first.exitCode).toBe(0);
    expect(first.report!.findings.find((f) => f.kind === 'drift')!.status).toBe('fail');
    expect(ours()).toHaveLength(1);
    const issue = ours()[0]!;
    expect(issue.labels).toEqual(['mlci-incident']);
    expect(issue.body).toContain(incidentMarker('churn', 'drift'));
    expect(first.outputs['open-incidents']).toBe(String(issue.number));

    const again = await runMonitor(dir, inputs('shifted.csv'), env);
    expect(again.report!.incidents.find((i) => i.kind === 'drift')!.action).toBe('updated');
    expect(ours()).toHaveLength(1);
    expect(commentsOn(issue.number)).toHaveLength(0);

    const changed = await runMonitor(dir, inputs('shifted-both.csv'), env);
    expect(changed.report!.incidents.find((i) => i.kind === 'drift')!.action).toBe('commented');
    expect(commentsOn(issue.number)).toHaveLength(1);
    expect(commentsOn(issue.number)[0]!.body).toMatch(/Still failing/);
    expect(ours()).toHaveLength(1);
  });

  test('recovery closes after N passing runs; a relapse reopens the same issue', async () => {
    await runMonitor(dir, inputs('shifted.csv'), env);
    const number = ours()[0]!.number;
    const one = await runMonitor(dir, inputs('same.csv'), env);
    expect(one.report!.findings.find((f) => f.kind === 'drift')!.status).toBe('pass');
    expect(ours()[0]!.state).toBe('open');
    await runMonitor(dir, inputs('same.csv'), env);
    expect(ours()[0]!.state).toBe('closed');
    expect(commentsOn(number).at(-1)!.body).toMatch(/Recovered/);
    const relapse = await runMonitor(dir, inputs('shifted.csv'), env);
    expect(relapse.report!.incidents.find((i) => i.kind === 'drift')!.action).toBe('reopened');
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.state).toBe('open');
  });

  test('found on page 2 among 150 other issues, after a human edited it; a forged marker is ignored', async () => {
    await runMonitor(dir, inputs('shifted.csv'), env);
    const mine = ours()[0]!;
    mine.body = `${mine.body}\n\nOwner: @data-team (runbook in the wiki)`;
    const now = new Date().toISOString();
    for (let i = 0; i < 150; i++)
      fake.state.issues.push({
        id: fake.nextId(),
        repo,
        number: 1000 + i,
        title: `other ${i}`,
        body: i === 75 ? `copied\n${incidentMarker('churn', 'drift')}` : 'unrelated',
        state: 'open',
        labels: [],
        assignees: [],
        user: 'mallory',
        createdAt: now,
        updatedAt: now,
        closedAt: null,
      });
    const run = await runMonitor(dir, inputs('shifted.csv'), env);
    expect(run.report!.incidents.find((i) => i.kind === 'drift')!.issue!.number).toBe(mine.number);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toContain('Owner: @data-team (runbook in the wiki)');
    expect(fake.state.issues.find((i) => i.number === 1075)!.body).toBe(
      `copied\n${incidentMarker('churn', 'drift')}`,
    );
    expect(fake.requests.some((r) => r.method === 'GET' && r.query.page === '2')).toBe(true);
  });

  test('two concurrent runs leave one open issue', async () => {
    await Promise.all([
      runMonitor(dir, inputs('shifted.csv'), env),
      runMonitor(dir, inputs('shifted.csv'), env),
    ]);
    expect(ours().filter((i) => i.state === 'open')).toHaveLength(1);
  });

  test('GitHub failing is a warning: the finding is in the report and the summary, the next run reconciles', async () => {
    // A job without `issues: write` (retried faults are the GitHub client's own tests).
    fake.fault({ method: 'GET', path: '/repos/{owner}/{repo}/issues', status: 403 });
    const down = await runMonitor(dir, inputs('shifted.csv', { 'fail-on-incident': 'true' }), env);
    expect(down.exitCode).toBe(1);
    expect(down.report!.status).toBe('fail');
    expect(down.report!.incidents.find((i) => i.kind === 'drift')!.action).toBe('unreachable');
    expect(down.warnings.join('\n')).toMatch(/incident for drift not updated/);
    expect(down.summary).toMatch(/drift in age/);
    expect(ours()).toHaveLength(0);
    fake.clearFaults();
    await runMonitor(dir, inputs('shifted.csv'), env);
    expect(ours()).toHaveLength(1);
  });

  test('a lost reply when opening the issue does not open a second one', async () => {
    fake.fault({ method: 'POST', path: '/repos/{owner}/{repo}/issues', status: 502, after: true, times: 1 });
    const run = await runMonitor(dir, inputs('shifted.csv'), env);
    expect(run.report!.incidents.find((i) => i.kind === 'drift')!.action).toBe('opened');
    expect(ours()).toHaveLength(1);
  });
});

describe('without GitHub and with bad input', () => {
  test('locally, --out writes the markdown report and nothing is posted', async () => {
    const before = fake.requests.length;
    const run = await runMonitor(dir, inputs('shifted.csv', { out: 'monitor.md', incidents: 'false' }), {});
    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe('fail');
    expect(fake.requests.length).toBe(before);
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(join(dir, 'monitor.md'), 'utf8')).toMatch(/## ❌ mlci monitor — churn/);
  });

  test('an empty sample, a profile of another schema, labels of other examples: exit 2 naming the file', async () => {
    writeFileSync(join(dir, 'empty.csv'), 'age,city\n');
    const empty = await runMonitor(dir, inputs('empty.csv', { incidents: 'false' }), {});
    expect(empty.exitCode).toBe(2);
    expect(empty.error!.where?.file).toMatch(/empty\.csv$/);
    writeFileSync(join(dir, 'other-schema.yaml'), 'fields:\n  - name: income\n    type: number\n');
    const other = await runMonitor(
      dir,
      inputs('same.csv', { schema: 'other-schema.yaml', incidents: 'false' }),
      {},
    );
    expect(other.exitCode).toBe(2);
    expect(other.error!.message).toMatch(/reference profile has column\(s\) the schema does not: age, city/);
    const mismatch = await runMonitor(
      dir,
      { predictions: 'p.jsonl', labels: 'l.jsonl', 'release-record': 'r.json', incidents: 'false' },
      {},
      {
        'p.jsonl': '{"id":"a","prediction":1}\n{"id":"b","prediction":0}\n',
        'l.jsonl': '{"id":"a","label":1}\n{"id":"zz","label":0}\n',
        'r.json': '{"accuracy":0.9}',
      },
    );
    expect(mismatch.exitCode).toBe(2);
    expect(mismatch.error!.message).toMatch(/1 label\(s\) name examples the predictions do not have: "zz"/);
    expect(mismatch.error!.where?.file).toBe('l.jsonl');
  });

  test('a report path that is an input is refused before any work; a failed run marks the stale report', async () => {
    const { readFileSync } = await import('node:fs');
    const before = readFileSync(join(dir, 'same.csv'), 'utf8');
    const clash = await runMonitor(dir, inputs('same.csv', { report: 'same.csv', incidents: 'false' }), {});
    expect(clash.exitCode).toBe(2);
    expect(readFileSync(join(dir, 'same.csv'), 'utf8')).toBe(before);
    const ok = await runMonitor(dir, inputs('same.csv', { report: 'stale.json', incidents: 'false' }), {});
    expect(ok.exitCode).toBe(0);
    const failed = await runMonitor(
      dir,
      inputs('missing.csv', { report: 'stale.json', incidents: 'false' }),
      {},
    );
    expect(failed.exitCode).toBe(2);
    expect(JSON.parse(readFileSync(join(dir, 'stale.json'), 'utf8'))).toMatchObject({
      kind: 'mlci/monitor-report',
      status: 'error',
    });
  });

  test('live metrics: labels that arrived later, held to the release record with intervals', async () => {
    const random = seededRandom(9);
    const preds: string[] = [];
    const labels: string[] = [];
    for (let i = 0; i < 1500; i++) {
      const label = random() < 0.5 ? 1 : 0;
      const right = random() < 0.7;
      preds.push(JSON.stringify({ id: `x${i}`, prediction: right ? label : 1 - label }));
      if (i < 1200) labels.push(JSON.stringify({ id: `x${i}`, label }));
    }
    const run = await runMonitor(
      dir,
      {
        predictions: 'live.jsonl',
        labels: 'live-labels.jsonl',
        'release-record': 'release.json',
        model: 'churn',
        'close-after': '2',
      },
      env,
      {
        'live.jsonl': `${preds.join('\n')}\n`,
        'live-labels.jsonl': `${labels.join('\n')}\n`,
        'release.json': JSON.stringify({
          kind: 'mlci/release-record',
          version: 1,
          metrics: { accuracy: 0.9 },
        }),
      },
    );
    expect(run.exitCode).toBe(0);
    const live = run.report!.findings.find((f) => f.kind === 'live-metric')!;
    expect(live.status).toBe('fail');
    expect(live.figures[0]!.interval![1]).toBeLessThan(0.9);
    expect(ours().map((i) => i.title)).toEqual(['mlci monitor: live model quality incident on churn']);
  });
});
