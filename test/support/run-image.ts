// Runs a pushed image without a container engine, as a runtime would: pull it into an OCI layout
// (skopeo), unpack it into a runtime bundle (umoci: rootfs + config.json with the image's entrypoint,
// cmd, env and working directory), and start config.json's process in the rootfs (unshare --root,
// i.e. chroot, with --wd). Root only (chroot), host network: the server binds a port of this machine.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { requireTools } from './debian-python-base.js';

const run = promisify(execFile);

export interface RunningImage {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** The process as the image's config says it (args, env, cwd). */
  readonly process: { readonly args: string[]; readonly env: string[]; readonly cwd: string };
  /** What the server printed so far (for failure messages). */
  output(): string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Starts `ref` (plain-http registry) with `PORT` set to a free port (as `docker run -e PORT=…` would),
 * and resolves once `healthPath` answers 200; rejects with the server's output if it exits or 60 s pass.
 */
export async function runImage(ref: string, healthPath = '/healthz'): Promise<RunningImage> {
  requireTools(['skopeo', 'umoci', 'unshare']);
  if (process.getuid?.() !== 0) throw new Error('running an unpacked image needs root (chroot)');
  const work = await mkdtemp(join(tmpdir(), 'mlci-run-image-'));
  let child: ChildProcess | undefined;
  const stop = async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      const gone = new Promise((resolve) => child?.once('exit', resolve));
      child.kill('SIGKILL');
      await gone;
    }
    await rm(work, { recursive: true, force: true });
  };
  try {
    await run('skopeo', [
      'copy',
      '-q',
      '--src-tls-verify=false',
      `docker://${ref}`,
      `oci:${join(work, 'layout')}:run`,
    ]);
    await run('umoci', ['unpack', '--image', `${join(work, 'layout')}:run`, join(work, 'bundle')]);
    const spec = JSON.parse(await readFile(join(work, 'bundle/config.json'), 'utf8')) as {
      process: RunningImage['process'];
    };
    const port = await freePort();
    const env = Object.fromEntries(
      [...spec.process.env, `PORT=${port}`].map((e) => [e.split('=', 1)[0], e.slice(e.indexOf('=') + 1)]),
    );
    let output = '';
    const started = spawn(
      'unshare',
      [`--root=${join(work, 'bundle/rootfs')}`, `--wd=${spec.process.cwd}`, '--', ...spec.process.args],
      { env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child = started;
    started.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    started.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const url = `http://127.0.0.1:${port}`;
    await waitHealthy(`${url}${healthPath}`, started, () => output);
    return { url, process: spec.process, output: () => output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function waitHealthy(url: string, child: ChildProcess, output: () => string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the image's process exited (${child.exitCode ?? child.signalCode}):\n${output()}`);
    }
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no 200 from ${url} after 60 s:\n${output()}`);
}
