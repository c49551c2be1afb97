// A throwaway training project in a temp dir, and a way to run `mlci train` on it in-process.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from '@jest/globals';
import { train } from '../../../src/actions/train/train.js';
import { fingerprint } from '../../../src/actions/fingerprint/fingerprint.js';
import { MlciError } from '../../../src/core/errors.js';
import type { RunRecord } from '../../../src/core/train/run-record.js';
import { cliIO } from '../../../src/platform/cli-io.js';

export const PYTHON = '/usr/bin/python3';

/** A small but real sklearn training script: logistic regression on a CSV, pickled model, JSON metrics. */
export const SKLEARN_TRAIN = `
import json, os, pickle, sys
import numpy as np
from sklearn.linear_model import LogisticRegression
data = np.loadtxt("data.csv", delimiter=",", skiprows=1)
X, y = data[:, :-1], data[:, -1]
model = LogisticRegression(C=float(os.environ.get("MODE_C", "1.0")), random_state=int(os.environ["MLCI_SEED"])).fit(X, y)
os.makedirs("out", exist_ok=True)
pickle.dump(model.coef_.round(8).tolist(), open("out/model.pkl", "wb"), protocol=4)
json.dump({"accuracy": float(model.score(X, y)), "n": int(len(y))}, open("metrics.json", "w"))
print("trained on", len(y), "rows")
`;

/** A deterministic two-class dataset (no RNG: a fixed formula). */
export function dataset(rows: number, shift = 0): string {
  const lines = ['x1,x2,y'];
  for (let i = 0; i < rows; i++) {
    const x1 = ((i * 37) % 101) / 10 + shift;
    const x2 = ((i * 53) % 97) / 10;
    lines.push(`${x1},${x2},${x1 + x2 > 10 ? 1 : 0}`);
  }
  return `${lines.join('\n')}\n`;
}

export interface Project {
  readonly dir: string;
  write(path: string, text: string): void;
  read(path: string): string;
  /** Runs `mlci train` with these inputs; returns the log, outputs, record and the error if it failed. */
  train(inputs?: Record<string, string>, env?: Record<string, string>): Promise<TrainRun>;
  fingerprint(inputs?: Record<string, string>): Promise<{ log: string; stdout: string }>;
}

export interface TrainRun {
  readonly log: string;
  readonly outputs: Record<string, string>;
  readonly record: RunRecord;
  readonly error?: MlciError;
}

// Every project dir of a test file is removed when the file's tests are done.
const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function project(files: Record<string, string>): Project {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-train-'));
  made.push(dir);
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  for (const [path, text] of Object.entries(files)) write(path, text);
  const io = (
    inputs: Record<string, string>,
    env: Record<string, string>,
    lines: string[],
    outputsFile?: string,
  ) =>
    cliIO({
      inputs: new Map(Object.entries(inputs)),
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      cwd: dir,
      outputsFile,
      write: (text) => lines.push(text),
    });
  return {
    dir,
    write,
    read: (path) => readFileSync(join(dir, path), 'utf8'),
    async train(inputs = {}, env = {}) {
      const lines: string[] = [];
      const outputsFile = join(dir, `.outputs-${Date.now()}-${Math.random()}`);
      writeFileSync(outputsFile, '');
      let error: MlciError | undefined;
      try {
        await train(io({ cache: 'local', ...inputs }, env, lines, outputsFile));
      } catch (thrown) {
        if (!(thrown instanceof MlciError)) throw thrown;
        error = thrown;
      }
      const outputs = Object.fromEntries(
        readFileSync(outputsFile, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
      );
      const recordFile = join(dir, inputs.record ?? '.mlci/run-record.json');
      // A usage error before any stage ran leaves no record; every other outcome has one.
      const record = (
        existsSync(recordFile) ? JSON.parse(readFileSync(recordFile, 'utf8')) : undefined
      ) as RunRecord;
      return { log: lines.join(''), outputs, record, error };
    },
    async fingerprint(inputs = {}) {
      const lines: string[] = [];
      const stdout: string[] = [];
      const write = process.stdout.write.bind(process.stdout);
      process.stdout.write = ((chunk: string) => {
        stdout.push(String(chunk));
        return true;
      }) as typeof process.stdout.write;
      try {
        await fingerprint(io(inputs, {}, lines));
      } finally {
        process.stdout.write = write;
      }
      return { log: lines.join(''), stdout: stdout.join('') };
    },
  };
}
