#!/usr/bin/env node
// `npm run example`: everything mlci does, on the bundled example (examples/iris), on this machine:
// validate-data, train, compare-metrics, build-image into an OCI layout (mlci run), the same again
// with every training stage restored from the cache, then the report of all of it rendered.
// Needs python3 (the example's training scripts use the standard library only).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const project = join(root, 'examples/iris');
const cli = process.env.MLCI_CLI ?? join(root, 'bin/mlci.js');
const mlci = (...args) => execFileSync(process.execPath, [cli, ...args], { cwd: project, stdio: 'inherit' });
const say = (text) => process.stdout.write(`\n\u2500\u2500 ${text}\n`);

const scratch = mkdtempSync(join(tmpdir(), 'mlci-example-'));
try {
  say('1/3 mlci run: validate-data, train, compare-metrics, build-image (OCI layout in .mlci/image)');
  mlci('run', '--config', 'mlci.yml');
  say('2/3 mlci run again: nothing changed, so training is restored from the cache');
  const outputs = join(scratch, 'outputs');
  mlci('run', '--config', 'mlci.yml', '--quiet', '--outputs', outputs);
  const hit = /^train-cache-hit=true$/m.test(readFileSync(outputs, 'utf8'));
  process.stdout.write(
    hit ? '\u2713 every training stage came from the cache\n' : '\u2717 training ran again\n',
  );
  say('3/3 mlci report: what a reviewer reads on the pull request');
  mlci('report', '--reports', '.mlci/*.json');
  if (!hit) process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
