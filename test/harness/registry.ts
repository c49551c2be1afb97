// A real OCI registry for tests: Debian's docker-registry (distribution 2.8) on 127.0.0.1 with a free
// port and storage in a temp dir, plain or behind bearer-token auth with the harness's token server.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startTokenServer, type TokenServer } from './token-server.js';

export interface RegistryOptions {
  readonly auth: 'none' | 'token';
}

export interface TestRegistry {
  /** `127.0.0.1:<port>`, for image references (`${host}/ml/model:v1`). */
  readonly host: string;
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  /** Credentials the token server accepts (auth: 'token' only). */
  readonly username?: string;
  readonly password?: string;
  /** Token realm and service the registry announces in Www-Authenticate (auth: 'token' only). */
  readonly realm?: string;
  readonly service?: string;
  /** Plain HTTP: skopeo needs --src-tls-verify=false / --dest-tls-verify=false. */
  readonly tlsVerify: false;
  /** Requests to the token server (auth: 'token' only). */
  readonly tokenLog?: TokenServer['log'];
  /** The registry's log so far (for failure messages). */
  logs(): string;
  stop(): Promise<void>;
}

const run = promisify(execFile);
const running = new Set<ChildProcess>();
// A registry must not outlive the tests, even when a test forgets stop() or the worker exits early.
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Starts docker-registry and resolves once `/v2/` answers (200 plain, 401 with token auth). */
export async function startRegistry(options: RegistryOptions): Promise<TestRegistry> {
  // The free port is found before the registry binds it: another process may take it in between.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(options);
    } catch (error) {
      if (attempt >= 3 || !/address already in use/.test(String(error))) throw error;
    }
  }
}

async function startOnce(options: RegistryOptions): Promise<TestRegistry> {
  const dir = await mkdtemp(join(tmpdir(), 'mlci-registry-'));
  const port = await freePort();
  const service = 'mlci-test-registry';
  const issuer = 'mlci-test-issuer';
  let tokens: TokenServer | undefined;
  let username: string | undefined;
  let password: string | undefined;
  let auth = '';
  if (options.auth === 'token') {
    await run('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      `/CN=${issuer}`,
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ]);
    username = 'mlci-ci';
    password = randomBytes(12).toString('hex');
    tokens = await startTokenServer({
      service,
      issuer,
      username,
      password,
      keyPem: await readFile(join(dir, 'key.pem'), 'utf8'),
      certPem: await readFile(join(dir, 'cert.pem'), 'utf8'),
    });
    auth = `auth:
  token:
    realm: ${tokens.realm}
    service: ${service}
    issuer: ${issuer}
    rootcertbundle: ${join(dir, 'cert.pem')}
`;
  }
  // YAML does not expand variables: write real paths. No default config (it listens on :5000).
  await writeFile(
    join(dir, 'config.yml'),
    `version: 0.1
log:
  level: warn
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: ${join(dir, 'data')}
  delete:
    enabled: true
http:
  addr: 127.0.0.1:${port}
  headers:
    X-Content-Type-Options: [nosniff]
${auth}`,
  );
  const child = spawn('docker-registry', ['serve', join(dir, 'config.yml')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.on('exit', () => running.delete(child));

  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    await tokens?.stop();
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitForV2(url, exited);
  } catch (error) {
    await stop();
    throw new Error(`docker-registry did not start: ${String(error)}\n${log}`);
  }
  return {
    host: `127.0.0.1:${port}`,
    url,
    username,
    password,
    realm: tokens?.realm,
    service: tokens ? service : undefined,
    tlsVerify: false,
    tokenLog: tokens?.log,
    logs: () => log,
    stop,
  };
}

async function waitForV2(url: string, exited: Promise<number | null>): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  for (let attempt = 0; attempt < 300; attempt++) {
    if (gone) throw new Error('the process exited');
    try {
      const res = await fetch(`${url}/v2/`);
      if (res.status === 200 || res.status === 401) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('no answer from /v2/ after 15 s');
}
