// Workspaces and tool wrappers for build-image's integration tests: a model, serving code, a busybox
// rootfs for a base image that `buildah run` can execute, and skopeo/umoci/buildah helpers.
import { execFile } from 'node:child_process';
import { createCipheriv } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { ImageReport } from '../../src/core/image/report.js';
import { buildImage } from '../../src/actions/build-image/build-image.js';
import { type RecordingIO, recordingIO } from './image-io.js';

const exec = promisify(execFile);

/** Incompressible, reproducible bytes (AES-CTR keystream of a seed). */
export const seededBytes = (seed: number, n: number): Buffer =>
  createCipheriv('aes-128-ctr', Buffer.alloc(16, seed), Buffer.alloc(16)).update(Buffer.alloc(n));

/** A workspace with model/weights.bin, model/card.json, app/serve.sh and a busybox rootfs under bb/. */
export function modelWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-img-ws-'));
  mkdirSync(join(dir, 'model'));
  mkdirSync(join(dir, 'app'));
  mkdirSync(join(dir, 'bb/bin'), { recursive: true });
  writeFileSync(join(dir, 'model/weights.bin'), seededBytes(3, 2 * 1024 * 1024));
  writeFileSync(join(dir, 'model/card.json'), '{"name":"demo"}\n');
  writeFileSync(join(dir, 'app/serve.sh'), '#!/bin/sh\necho "serving $MODEL_DIR"\nls /opt/model\n');
  chmodSync(join(dir, 'app/serve.sh'), 0o755);
  copyFileSync('/bin/busybox', join(dir, 'bb/bin/busybox'));
  chmodSync(join(dir, 'bb/bin/busybox'), 0o755);
  symlinkSync('busybox', join(dir, 'bb/bin/sh'));
  symlinkSync('busybox', join(dir, 'bb/bin/ls'));
  symlinkSync('busybox', join(dir, 'bb/bin/cat'));
  return dir;
}

/** Inputs of a model image on top of `base` (or scratch) in a workspace from modelWorkspace(). */
export const modelInputs = (extra: Record<string, string>): Record<string, string> => ({
  weights: 'model/weights.bin',
  metadata: 'model/card.json',
  code: 'app/serve.sh',
  entrypoint: '["/opt/app/serve.sh"]',
  env: 'MODEL_DIR=/opt/model',
  'split-size': '1',
  'layer-cache': 'off',
  ...extra,
});

export interface CommandRun {
  readonly io: RecordingIO;
  readonly report: ImageReport;
}

/** Runs build-image in-process with the given inputs; returns the IO and the report it wrote. */
export async function runBuildImage(
  inputs: Record<string, string>,
  cwd: string,
  env: Record<string, string> = {},
): Promise<CommandRun> {
  const io = recordingIO({ report: 'image-report.json', ...inputs }, cwd, env);
  await buildImage(io).catch((error: unknown) => {
    // keep what was logged before the failure, for assertions on warnings
    throw Object.assign(error as object, { io });
  });
  const report = JSON.parse(
    readFileSync(join(cwd, inputs.report ?? 'image-report.json'), 'utf8'),
  ) as ImageReport;
  return { io, report };
}

/** Runs a tool and returns stdout; the error carries stderr. */
export async function tool(command: string, args: readonly string[]): Promise<string> {
  try {
    return (await exec(command, [...args], { maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    throw new Error(`${command} ${args.join(' ')} failed: ${e.stderr || e.message}`);
  }
}

/** `skopeo inspect` (or `--raw`) of a reference on a plain-http test registry. */
export async function skopeoInspect(
  ref: string,
  options: { raw?: boolean; creds?: string } = {},
): Promise<Record<string, unknown>> {
  const args = [
    'inspect',
    '--tls-verify=false',
    ...(options.raw ? ['--raw'] : []),
    ...(options.creds ? ['--creds', options.creds] : []),
  ];
  return JSON.parse(
    await tool('skopeo', [...args, ref.includes(':/') || ref.startsWith('oci:') ? ref : `docker://${ref}`]),
  ) as Record<string, unknown>;
}

/**
 * Runs a command inside an image with buildah (chroot isolation, vfs storage in a private root):
 * the only way to execute an image on a machine without a container engine.
 */
export async function buildahRun(ref: string, command: readonly string[]): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'mlci-img-buildah-'));
  const base = ['--storage-driver', 'vfs', '--root', join(root, 'root'), '--runroot', join(root, 'run')];
  const container = (await tool('buildah', [...base, 'from', '--quiet', '--tls-verify=false', ref])).trim();
  try {
    return await tool('buildah', [...base, 'run', '--isolation', 'chroot', container, '--', ...command]);
  } finally {
    await tool('buildah', [...base, 'rm', container]).catch(() => '');
    await exec('rm', ['-rf', root]).catch(() => undefined);
  }
}
