// `mlci commands` on a laptop: parse a comment or replay a saved payload, no API call.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, jest, test } from '@jest/globals';
import { main } from '../../../../src/cli/main.js';
import { pullRequestComment } from '../../../harness/events.js';

let dir: string;
let out: string[];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mlci-commands-cli-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  out = [];
  const record = (chunk: unknown) => {
    out.push(String(chunk));
    return true;
  };
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation(record);
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(record);
  try {
    // No token and no API URL: any API call would fail the command.
    return await main(['commands', ...args, '--outputs', join(dir, 'outputs.txt')], {
      PATH: process.env.PATH,
      ...env,
    });
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

test('--comment parses and says what would happen', async () => {
  expect(await cli(['--comment', '/mlci accept accuracy,f1 -- fairness fix'])).toBe(0);
  expect(out.join('')).toContain(
    'Would run `/mlci accept` (needs write permission or higher) for `accuracy`, `f1`',
  );
});

test('--comment with an invalid command prints the exact reply: the problem and the help', async () => {
  expect(await cli(['--comment', '/mlci accept; rm -rf /', '--permission', 'maintain'])).toBe(0);
  const text = out.join('');
  expect(text).toContain('unknown command: `accept;`');
  expect(text).toContain('maintain permission or higher');
});

test('--event replays a saved payload (dry run); an edited comment is ignored', async () => {
  const path = join(dir, 'event.json');
  await writeFile(path, JSON.stringify(pullRequestComment({ body: '/mlci help', login: 'maint' })));
  expect(await cli(['--event', path, '--dry-run'])).toBe(0);
  expect(out.join('')).toContain('| `/mlci help` |');
  const edited = pullRequestComment({ body: '/mlci help', login: 'maint' });
  edited.action = 'edited';
  await writeFile(path, JSON.stringify(edited));
  expect(await cli(['--event', path, '--dry-run'])).toBe(0);
  expect(out.join('')).toContain('nothing to do: the comment was edited, not created');
});

test('a bad permission input is a usage error (exit 2)', async () => {
  expect(await cli(['--comment', '/mlci help', '--permission', 'god'])).toBe(2);
  expect(out.join('')).toContain('input `permission` must be one of');
});

test('without an event or a comment there is nothing to do (mlci run with a commands: section)', async () => {
  expect(await cli([])).toBe(0);
  expect(out.join('')).toContain('nothing to do: there is no event');
});

test('an unreadable event file is a usage error naming the file', async () => {
  expect(await cli(['--event', join(dir, 'missing.json')])).toBe(2);
  expect(out.join('')).toMatch(/cannot read the event payload/);
});
