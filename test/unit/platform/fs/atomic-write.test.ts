import {
  linkSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { writeFileAtomic, writeStreamAtomic } from '../../../../src/platform/fs/atomic-write.js';
import { checkOutputsAreNotInputs } from '../../../../src/platform/fs/output-paths.js';
import { keepReportCurrent } from '../../../../src/platform/fs/report-file.js';
import { DataError, UsageError } from '../../../../src/core/errors.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlci-atomic-'));
});
afterEach(() => {
  jest.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

describe('writeFileAtomic / writeStreamAtomic', () => {
  test('writes the whole file, creating the directory, and leaves no temp', async () => {
    await writeFileAtomic(join(dir, 'a/b/report.json'), '{"ok":true}\n');
    expect(readFileSync(join(dir, 'a/b/report.json'), 'utf8')).toBe('{"ok":true}\n');
    expect(readdirSync(join(dir, 'a/b'))).toEqual(['report.json']);
  });

  test('durable: false (a cache file) still replaces the whole file by rename and leaves no temp', async () => {
    const path = join(dir, 'cache/hash-state.json');
    await writeFileAtomic(path, '{"version":1,"entries":{}}');
    await writeFileAtomic(path, '{"version":1,"entries":{"a":[]}}', { durable: false });
    expect(readFileSync(path, 'utf8')).toBe('{"version":1,"entries":{"a":[]}}');
    expect(readdirSync(join(dir, 'cache'))).toEqual(['hash-state.json']);
  });

  test('a writer that fails half-way leaves the old file whole and no temp behind', async () => {
    const path = join(dir, 'image.tar');
    writeFileSync(path, 'old tar');
    await expect(
      writeStreamAtomic(path, async (out) => {
        out.write('half of a new tar');
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(readFileSync(path, 'utf8')).toBe('old tar');
    expect(readdirSync(dir)).toEqual(['image.tar']);
  });

  test('a SIGTERM during a write removes the temp, then re-raises the signal', async () => {
    const path = join(dir, 'image.tar');
    const kill = jest.spyOn(process, 'kill').mockImplementation(() => true);
    let release!: () => void;
    const writing = writeStreamAtomic(path, async (out) => {
      out.write('part');
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      throw new Error('killed');
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readdirSync(dir).some((name) => name.endsWith('.tmp'))).toBe(true);
    process.emit('SIGTERM', 'SIGTERM');
    expect(kill).toHaveBeenCalledWith(process.pid, 'SIGTERM');
    expect(readdirSync(dir)).toEqual([]);
    release();
    await expect(writing).rejects.toThrow('killed');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('checkOutputsAreNotInputs', () => {
  test('an output that is an input by path, through a symlink or a hard link is exit 2 naming both', async () => {
    writeFileSync(join(dir, 'train.csv'), 'a\n1\n');
    symlinkSync(join(dir, 'train.csv'), join(dir, 'link.json'));
    linkSync(join(dir, 'train.csv'), join(dir, 'hard.json'));
    for (const report of ['train.csv', './sub/../train.csv', 'link.json', 'hard.json']) {
      const check = checkOutputsAreNotInputs(dir, { report }, { data: [join(dir, 'train.csv')] });
      await expect(check).rejects.toThrow(UsageError);
      await expect(check).rejects.toThrow(/`report` \(.*\) is the input `data` \(.*train\.csv\)/);
    }
    expect(readFileSync(join(dir, 'train.csv'), 'utf8')).toBe('a\n1\n');
  });

  test('two outputs on one file are an error; distinct new paths pass', async () => {
    await expect(
      checkOutputsAreNotInputs(dir, { report: 'out/r.json', profile: 'out/../out/r.json' }, {}),
    ).rejects.toThrow(/`profile` and `report` are the same file/);
    await expect(
      checkOutputsAreNotInputs(dir, { report: 'r.json', profile: 'p.json' }, { data: ['d.csv'] }),
    ).resolves.toBeUndefined();
  });
});

describe('keepReportCurrent', () => {
  const header = { kind: 'mlci/validation-report', version: 1 } as const;

  test('a run that fails before writing marks the previous report as an error', async () => {
    const path = join(dir, 'report.json');
    writeFileSync(path, JSON.stringify({ kind: header.kind, version: 1, valid: true }));
    await expect(
      keepReportCurrent(path, header, async () => {
        throw new UsageError('cannot read schema.yaml');
      }),
    ).rejects.toThrow('cannot read schema.yaml');
    const stale = JSON.parse(readFileSync(path, 'utf8'));
    expect(stale).toMatchObject({ kind: header.kind, status: 'error', error: { exitCode: 2 } });
    expect(stale.error.message).toMatch(/cannot read schema.yaml/);
    expect(stale.valid).toBeUndefined();
  });

  test('a report the run wrote before failing (a failed gate) is kept; no report, nothing written', async () => {
    const path = join(dir, 'report.json');
    writeFileSync(path, '{"old":true}');
    await expect(
      keepReportCurrent(path, header, async () => {
        await writeFileAtomic(path, '{"new":true}');
        throw new DataError('gate failed');
      }),
    ).rejects.toThrow('gate failed');
    expect(readFileSync(path, 'utf8')).toBe('{"new":true}');
    const none = join(dir, 'none.json');
    await expect(
      keepReportCurrent(none, header, async () => {
        throw new UsageError('x');
      }),
    ).rejects.toThrow('x');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });
});
