// The bearer token flow against docker-registry with the harness's token server: credentials from
// inputs and from a docker config.json, wrong and missing credentials, secrets masked.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startRegistry, type TestRegistry } from '../../harness/registry.js';
import { modelInputs, modelWorkspace, runBuildImage, skopeoInspect } from '../../support/image-workspace.js';

let registry: TestRegistry;
let ws: string;
beforeAll(async () => {
  registry = await startRegistry({ auth: 'token' });
  ws = modelWorkspace();
});
afterAll(async () => {
  await registry?.stop();
  rmSync(ws, { recursive: true, force: true });
});

describe('build-image with a token-auth registry', () => {
  test('pushes with registry-username/registry-password; one token with the push scope first', async () => {
    const { report, io } = await runBuildImage(
      modelInputs({
        image: `${registry.host}/ml/auth-model`,
        tags: 'v1',
        'registry-username': registry.username!,
        'registry-password': registry.password!,
      }),
      ws,
    );
    expect(report.pushed).toBe(true);
    const creds = `${registry.username}:${registry.password}`;
    expect((await skopeoInspect(`${registry.host}/ml/auth-model:v1`, { creds })).Digest).toBe(report.digest);
    const granted = registry.tokenLog!.filter((t) => t.granted);
    expect(granted[0]!.scopes[0]).toBe('repository:ml/auth-model:pull,push');
    // the password, its Basic form and the token are masked before use
    const basic = Buffer.from(creds).toString('base64');
    expect(io.secrets).toEqual(expect.arrayContaining([registry.password, basic]));
    expect(io.secrets.length).toBeGreaterThanOrEqual(3);
    expect(io.logs.join('\n')).not.toContain(registry.password!);
  });

  test('reads auths from a docker config.json (what docker/login-action writes)', async () => {
    const dockerDir = join(ws, 'docker-config');
    mkdirSync(dockerDir, { recursive: true });
    const auth = Buffer.from(`${registry.username}:${registry.password}`).toString('base64');
    writeFileSync(join(dockerDir, 'config.json'), JSON.stringify({ auths: { [registry.host]: { auth } } }));
    const { report, io } = await runBuildImage(
      modelInputs({ image: `${registry.host}/ml/from-config`, tags: 'v1' }),
      ws,
      { DOCKER_CONFIG: dockerDir },
    );
    expect(report.pushed).toBe(true);
    expect(io.logs).toContain(`info: ${registry.host}: credentials from ${join(dockerDir, 'config.json')}`);
    expect(io.secrets).toContain(auth);
  });

  test('a credential helper without auths is reported and the push fails with the registry message', async () => {
    const dockerDir = join(ws, 'helper-config');
    mkdirSync(dockerDir, { recursive: true });
    writeFileSync(
      join(dockerDir, 'config.json'),
      JSON.stringify({ credHelpers: { [registry.host]: 'pass' } }),
    );
    const run = runBuildImage(modelInputs({ image: `${registry.host}/ml/helper`, tags: 'v1' }), ws, {
      DOCKER_CONFIG: dockerDir,
    });
    const error = await run.then(
      () => undefined,
      (error: { exitCode: number; message: string; hint: string; io: { logs: string[] } }) => error,
    );
    expect(error!.io.logs.join('\n')).toContain(
      `names credential helper "docker-credential-pass" for ${registry.host}; mlci does not run helpers`,
    );
    expect(error).toMatchObject({
      exitCode: 1,
      hint: expect.stringContaining('check the registry credentials'),
    });
    expect(error!.message).toMatch(
      /^HEAD http:\/\/127\.0\.0\.1:\d+\/v2\/ml\/helper\/blobs\/sha256:[a-f0-9]{64}: 401 (UNAUTHORIZED: insufficient_scope|Unauthorized)/,
    );
  });

  test('a wrong password fails at the token endpoint with its message and a hint; nothing is tagged', async () => {
    const run = runBuildImage(
      modelInputs({
        image: `${registry.host}/ml/denied`,
        tags: 'v1',
        'registry-username': registry.username!,
        'registry-password': 'wrong',
      }),
      ws,
    );
    await expect(run).rejects.toMatchObject({
      exitCode: 1,
      message: expect.stringContaining('401 UNAUTHORIZED: invalid username or password'),
      hint: expect.stringContaining('check the registry credentials'),
    });
    const creds = `${registry.username}:${registry.password}`;
    await expect(skopeoInspect(`${registry.host}/ml/denied:v1`, { creds })).rejects.toThrow();
  });
});
