// ACTIONS_RUNTIME_TOKEN as the libraries read it: a JWT whose payload they decode without checking the
// signature (@actions/artifact uses jwt-decode and needs `scp: … Actions.Results:<run>:<job>`).

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An unsigned runtime token for a workflow run and job (backend ids), like act's. */
export function runtimeToken(runBackendId: string, jobBackendId: string): string {
  const now = Math.floor(Date.now() / 1000);
  const payload = {
    scp: `Actions.ExampleScope Actions.Results:${runBackendId}:${jobBackendId}`,
    // The cache service reads cache scopes from `ac`; Permission 3 = read + write.
    ac: JSON.stringify([{ Scope: 'refs/heads/main', Permission: 3 }]),
    iss: 'fake-github',
    nbf: now - 60,
    iat: now,
    exp: now + 6 * 3600,
  };
  return `${b64({ typ: 'JWT', alg: 'HS256' })}.${b64(payload)}.unsigned`;
}

/** The run and job of a runtime token's `Actions.Results` scope, or undefined if it has none. */
export function tokenScope(token: string): { runBackendId: string; jobBackendId: string } | undefined {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
    const scope = String(payload.scp ?? '')
      .split(' ')
      .find((s) => s.startsWith('Actions.Results:'));
    const [, runBackendId, jobBackendId] = scope?.split(':') ?? [];
    return runBackendId && jobBackendId ? { runBackendId, jobBackendId } : undefined;
  } catch {
    return undefined;
  }
}
