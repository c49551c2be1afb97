// Offline output checked by independent tools: oci-image-tool validate, umoci unpack, skopeo (oci: and
// docker-archive:), GNU tar on a layer. No registry involved.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  modelInputs,
  modelWorkspace,
  runBuildImage,
  skopeoInspect,
  tool,
} from '../../support/image-workspace.js';

let ws: string;
beforeAll(() => {
  ws = modelWorkspace();
});
afterAll(() => rmSync(ws, { recursive: true, force: true }));

describe('build-image offline (OCI layout and docker tar)', () => {
  test('the layout validates, unpacks to the expected rootfs, and skopeo agrees on the digest', async () => {
    const { report, io } = await runBuildImage(
      modelInputs({
        layers: 'bb:/',
        'oci-layout': 'out/layout',
        'docker-tar': 'out/image.tar',
        tags: 'v1',
        'source-date-epoch': '1700000000',
      }),
      ws,
    );
    expect(report.kind).toBe('mlci/image-report');
    expect(report.pushed).toBe(false);
    expect(io.outputs.digest).toBe(report.digest);
    expect(report.layers.map((l) => [l.name, l.role, l.compression])).toEqual([
      ['weights weights.bin', 'weights', 'gzip'],
      ['metadata', 'metadata', 'gzip'],
      ['layer 1 (/)', 'files', 'gzip'],
      ['code', 'code', 'gzip'],
    ]);
    const layout = join(ws, 'out/layout');
    expect(await tool('oci-image-tool', ['validate', '--type', 'image', layout])).toContain(
      'Validation succeeded',
    );
    const inspected = await skopeoInspect(`oci:${layout}:v1`);
    expect(inspected.Digest).toBe(report.digest);
    expect(inspected.Created).toBe('2023-11-14T22:13:20Z');
    expect(inspected.Labels).toMatchObject({
      'org.opencontainers.image.created': '2023-11-14T22:13:20Z',
      'org.opencontainers.image.version': 'v1',
    });

    const bundle = join(ws, 'out/bundle');
    await tool('umoci', ['unpack', '--rootless', '--image', `${layout}:v1`, bundle]);
    const rootfs = join(bundle, 'rootfs');
    expect(readFileSync(join(rootfs, 'opt/model/card.json'), 'utf8')).toBe('{"name":"demo"}\n');
    expect(statSync(join(rootfs, 'opt/app/serve.sh')).mode & 0o777).toBe(0o755);
    expect(statSync(join(rootfs, 'opt/model/card.json')).mode & 0o777).toBe(0o644);
    expect(statSync(join(rootfs, 'opt/model/card.json')).mtimeMs).toBe(1700000000 * 1000);
    expect(lstatSync(join(rootfs, 'bin/sh')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(rootfs, 'bin/sh'))).toBe('busybox');
    const runtime = JSON.parse(readFileSync(join(bundle, 'config.json'), 'utf8'));
    expect(runtime.process.args).toEqual(['/opt/app/serve.sh']);
    expect(runtime.process.env).toContain('MODEL_DIR=/opt/model');

    const archive = await skopeoInspect(`docker-archive:${join(ws, 'out/image.tar')}`);
    expect(archive.Labels).toEqual(inspected.Labels);
    expect(await skopeoInspect(`oci-archive:${join(ws, 'out/image.tar')}`)).toMatchObject({
      Digest: report.digest,
    });
  });

  test('the same image digest from a copy with other mtimes and umask (reproducible)', async () => {
    const copy = join(ws, '..', `${ws.split('/').pop()}-copy`);
    const old = process.umask(0o077);
    try {
      execFileSync('cp', ['-r', '--no-preserve=mode,timestamps', ws, copy]);
    } finally {
      process.umask(old);
    }
    execFileSync('chmod', ['+x', join(copy, 'app/serve.sh'), join(copy, 'bb/bin/busybox')]);
    execFileSync('touch', [
      '-d',
      '2031-05-05',
      join(copy, 'model/weights.bin'),
      join(copy, 'model/card.json'),
    ]);
    const inputs = modelInputs({
      layers: 'bb:/',
      'oci-layout': 'out/repro',
      tags: 'v1',
      'source-date-epoch': '1700000000',
    });
    const [a, b] = [await runBuildImage(inputs, ws), await runBuildImage(inputs, copy)];
    expect(statSync(join(copy, 'model/card.json')).mode & 0o777).toBe(0o600);
    expect(b.report.digest).toBe(a.report.digest);
    expect(b.report.layers.map((l) => l.digest)).toEqual(a.report.layers.map((l) => l.digest));
    rmSync(copy, { recursive: true, force: true });
  });

  /** A run record as `mlci train` writes it: its status, and the outputs it produced with their sha256. */
  const runRecord = (status: string, outputs: { path: string; sha256: string }[]) =>
    JSON.stringify({
      kind: 'mlci/run-record',
      version: 1,
      status,
      stages: [
        {
          stage: 'fit',
          fingerprint: 'f'.repeat(64),
          inputs: { deps: { 'data.csv': 'd1' } },
          outputs,
          metrics: { 'm.json': { acc: 0.91 } },
        },
      ],
    });
  const sha256Of = (path: string) =>
    createHash('sha256')
      .update(readFileSync(join(ws, path)))
      .digest('hex');

  test('lineage labels from a train run record, the git commit and the base', async () => {
    const weights = { path: 'model/weights.bin', sha256: sha256Of('model/weights.bin') };
    writeFileSync(join(ws, 'run-record.json'), runRecord('passed', [weights]));
    const { report } = await runBuildImage(
      modelInputs({
        'oci-layout': 'out/lineage',
        tags: 'v1.2.0',
        'run-record': 'run-record.json',
        labels: 'team=ml',
      }),
      ws,
      {
        GITHUB_REPOSITORY: 'acme/models',
        GITHUB_SHA: 'c'.repeat(40),
        GITHUB_SERVER_URL: 'https://github.example',
      },
    );
    const labels = (await skopeoInspect(`oci:${join(ws, 'out/lineage')}:v1.2.0`)).Labels as Record<
      string,
      string
    >;
    expect(labels).toMatchObject({
      'org.opencontainers.image.source': 'https://github.example/acme/models',
      'org.opencontainers.image.revision': 'c'.repeat(40),
      'org.opencontainers.image.version': 'v1.2.0',
      'dev.mlci.model.run-fingerprint': 'f'.repeat(64),
      'dev.mlci.model.data-fingerprint': report.lineage!.model!.dataFingerprint,
      'dev.mlci.model.metrics-digest': report.lineage!.model!.metricsDigest,
      team: 'ml',
    });
    expect(report.lineage!.model!.metricsDigest).toMatch(/^sha256:[a-f0-9]{64}$/);
    await expect(
      runBuildImage(modelInputs({ 'oci-layout': 'out/x', 'run-record': 'missing.json' }), ws),
    ).rejects.toThrow('run record missing.json does not exist');
  });

  test('a run record that failed, or that did not produce the weights, is refused for lineage', async () => {
    const weights = { path: 'model/weights.bin', sha256: sha256Of('model/weights.bin') };
    const build = (record: string, more: Record<string, string> = {}) => {
      writeFileSync(join(ws, 'record-check.json'), record);
      return runBuildImage(
        modelInputs({ 'oci-layout': 'out/checked', 'run-record': 'record-check.json', ...more }),
        ws,
      );
    };
    await expect(build(runRecord('failed', [weights]))).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(/^run record record-check\.json has status "failed", not "passed"/),
    });
    // Allowed explicitly: built, with the lineage of the failed run.
    const allowed = await build(runRecord('failed', [weights]), { 'allow-failed-run-record': 'true' });
    expect(allowed.report.lineage?.model?.runFingerprint).toBe('f'.repeat(64));

    const other = { path: 'model/weights.bin', sha256: 'a'.repeat(64) };
    await expect(build(runRecord('passed', [other]))).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringContaining(
        'model/weights.bin: sha256 ' +
          weights.sha256.slice(0, 12) +
          "… differs from the run record's output (aaaaaaaaaaaa…)",
      ),
    });
    await expect(build(runRecord('passed', []))).rejects.toThrow(
      'model/weights.bin (sha256 ' + weights.sha256.slice(0, 12) + "…) is not among the run record's outputs",
    );
    // Copied or renamed after training: the same bytes under another path are the run's.
    const renamed = await build(runRecord('passed', [{ path: 'out/model.bin', sha256: weights.sha256 }]));
    expect(renamed.report.lineage?.model?.runFingerprint).toBe('f'.repeat(64));
  });

  test('GNU tar reads a layer: sorted entries, parents first, root owner, fixed mtime, PAX long names', async () => {
    const deep = join(ws, 'deep', 'd'.repeat(90), 'e'.repeat(40));
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(deep, 'modèle.txt'), 'x');
    const { report } = await runBuildImage(
      { layers: 'deep:/opt/deep', 'oci-layout': 'out/deep', 'layer-cache': 'off', 'source-date-epoch': '0' },
      ws,
    );
    const blob = readFileSync(join(ws, 'out/deep/blobs/sha256', report.layers[0]!.digest.slice(7)));
    writeFileSync(join(ws, 'out/deep.tar'), gunzipSync(blob));
    const listing = execFileSync('tar', ['--utc', '-tvf', join(ws, 'out/deep.tar')], { encoding: 'utf8' })
      .trim()
      .split('\n');
    const names = listing.map((l) => l.split(/\s+/).slice(5).join(' '));
    expect(names).toEqual([
      'opt/',
      'opt/deep/',
      `opt/deep/${'d'.repeat(90)}/`,
      `opt/deep/${'d'.repeat(90)}/${'e'.repeat(40)}/`,
      `opt/deep/${'d'.repeat(90)}/${'e'.repeat(40)}/modèle.txt`,
    ]);
    for (const line of listing) expect(line).toMatch(/^[d-]rw[x-]r-[x-]r-[x-] 0\/0 .* 1970-01-01 00:00 /);
  });

  test('a device file, a FIFO or a missing source is a clear usage error', async () => {
    execFileSync('mkfifo', [join(ws, 'model/pipe')]);
    await expect(runBuildImage(modelInputs({ weights: 'model', 'oci-layout': 'out/x' }), ws)).rejects.toThrow(
      '"model/pipe" is a FIFO; an image layer can only hold files, directories and links',
    );
    rmSync(join(ws, 'model/pipe'));
    // CI runs as root (.ci/run), which may create a device node; elsewhere the FIFO case stands for it.
    if (process.getuid?.() === 0) {
      execFileSync('mknod', [join(ws, 'model/null'), 'c', '1', '3']);
      await expect(
        runBuildImage(modelInputs({ weights: 'model', 'oci-layout': 'out/x' }), ws),
      ).rejects.toThrow('"model/null" is a device file');
      rmSync(join(ws, 'model/null'));
    }
    await expect(
      runBuildImage(modelInputs({ layers: '/dev/null:/x', 'oci-layout': 'out/x' }), ws),
    ).rejects.toThrow('is outside the build context');
    await expect(
      runBuildImage(modelInputs({ code: 'app/missing.py', 'oci-layout': 'out/x' }), ws),
    ).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringContaining('source "app/missing.py" does not exist'),
    });
  });
});
