import type { ActionIO } from '../../platform/io.js';
import { RegistryClient } from '../../platform/registry/client.js';
import { resolveCredentials } from '../../platform/registry/credentials.js';
import type { BuildImageInputs } from './inputs.js';

/** A registry client with credentials resolved and every secret masked before first use (SEC-02). */
export async function clientFor(
  registry: string,
  io: ActionIO,
  inputs: BuildImageInputs,
  explicit: boolean,
): Promise<RegistryClient> {
  const resolved = await resolveCredentials(registry, {
    // Explicit credentials are for the target registry; a base on another registry gets its own lookup.
    username: explicit ? inputs['registry-username'] : undefined,
    password: explicit ? inputs['registry-password'] : undefined,
    githubToken: inputs['github-token'],
    env: io.env,
  });
  for (const secret of resolved.secrets) io.setSecret(secret);
  if (resolved.warning) io.log.warning(resolved.warning);
  io.log.info(`${registry}: credentials from ${resolved.from}`);
  return new RegistryClient(registry, {
    credentials: resolved.credentials,
    insecure: inputs['insecure-registries'],
    secret: (value) => io.setSecret(value),
  });
}
