// Where registry credentials come from (platform/registry/credentials.ts), first match wins.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveCredentials } from '../../../src/platform/registry/credentials.js';

let home: string;
beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), 'mlci-img-creds-'));
  mkdirSync(join(home, '.docker'));
  const auth = Buffer.from('docker-user:docker-pass').toString('base64');
  writeFileSync(
    join(home, '.docker/config.json'),
    JSON.stringify({
      auths: { 'ghcr.io': { auth }, 'registry.example': { auth } },
      credHelpers: { 'ecr.example': 'ecr-login' },
    }),
  );
});
afterAll(() => rmSync(home, { recursive: true, force: true }));

describe('resolveCredentials', () => {
  test('explicit inputs first, user defaulting to GITHUB_ACTOR', async () => {
    const got = await resolveCredentials('ghcr.io', {
      password: 'pw',
      env: { HOME: home, GITHUB_ACTOR: 'octo', GITHUB_TOKEN: 't' },
    });
    expect(got).toMatchObject({
      credentials: { kind: 'basic', username: 'octo', password: 'pw' },
      from: 'registry-username/registry-password',
      secrets: ['pw'],
    });
  });

  test('GITHUB_TOKEN for ghcr.io only', async () => {
    const env = { HOME: home, GITHUB_ACTOR: 'octo', GITHUB_TOKEN: 'ghs_x' };
    expect(await resolveCredentials('ghcr.io', { env })).toMatchObject({
      credentials: { username: 'octo', password: 'ghs_x' },
      from: 'GITHUB_TOKEN',
    });
    expect(await resolveCredentials('registry.example', { env })).toMatchObject({
      credentials: { username: 'docker-user', password: 'docker-pass' },
      from: join(home, '.docker/config.json'),
    });
  });

  test('the github-token input is preferred over $GITHUB_TOKEN', async () => {
    const got = await resolveCredentials('ghcr.io', {
      githubToken: 'from-input',
      env: { HOME: home, GITHUB_TOKEN: 'from-env' },
    });
    expect(got).toMatchObject({
      credentials: { password: 'from-input' },
      from: 'github-token',
      secrets: ['from-input'],
    });
  });

  test('DOCKER_CONFIG wins over HOME; a helper is a warning and anonymous', async () => {
    const dir = join(home, 'other');
    mkdirSync(dir);
    writeFileSync(join(dir, 'config.json'), '{"auths": {}}');
    expect(
      await resolveCredentials('registry.example', { env: { HOME: home, DOCKER_CONFIG: dir } }),
    ).toMatchObject({ credentials: { kind: 'anonymous' } });
    const helper = await resolveCredentials('ecr.example', { env: { HOME: home } });
    expect(helper.credentials).toEqual({ kind: 'anonymous' });
    expect(helper.warning).toContain(
      'credential helper "docker-credential-ecr-login" for ecr.example; mlci does not run helpers',
    );
  });

  test('no config file at all is anonymous, not an error', async () => {
    expect(await resolveCredentials('x.example', { env: { HOME: join(home, 'nowhere') } })).toEqual({
      credentials: { kind: 'anonymous' },
      from: 'anonymous',
      secrets: [],
    });
  });
});
