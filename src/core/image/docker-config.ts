/** Credentials for one registry, from inputs, GITHUB_TOKEN or a docker config.json. */
export type Credentials =
  | { readonly kind: 'basic'; readonly username: string; readonly password: string }
  /** docker config.json `identitytoken`: an OAuth2 refresh token exchanged at the token endpoint. */
  | { readonly kind: 'identity-token'; readonly token: string }
  | { readonly kind: 'anonymous' };

/** What a docker config.json says about one registry. */
export interface ConfigLookup {
  readonly credentials?: Credentials;
  /** A credential helper configured for the host (credHelpers or credsStore), which mlci does not run. */
  readonly helper?: string;
  /** Values to mask before anything is logged. */
  readonly secrets: readonly string[];
}

// Keys docker login writes for Docker Hub; other registries are keyed by host (sometimes with scheme).
const HUB_KEYS = ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io'];

function keysFor(registry: string): string[] {
  if (['docker.io', 'registry-1.docker.io', 'index.docker.io'].includes(registry)) return HUB_KEYS;
  return [
    registry,
    `https://${registry}`,
    `http://${registry}`,
    `https://${registry}/v1/`,
    `https://${registry}/v2/`,
  ];
}

/**
 * Reads credentials for `registry` from a parsed docker config.json, defensively: `auths.<host>.auth`
 * (base64 "user:password"), `username`/`password`, `identitytoken`. A credHelpers/credsStore entry is
 * reported, not run (spawning helpers is out of scope; docker/login-action writes `auths`).
 */
export function lookupDockerConfig(config: unknown, registry: string): ConfigLookup {
  if (typeof config !== 'object' || config === null) return { secrets: [] };
  const { auths, credHelpers, credsStore } = config as Record<string, unknown>;
  const keys = keysFor(registry);
  const entries = typeof auths === 'object' && auths !== null ? (auths as Record<string, unknown>) : {};
  for (const key of keys) {
    const entry = entries[key];
    if (typeof entry !== 'object' || entry === null) continue;
    const { auth, username, password, identitytoken } = entry as Record<string, unknown>;
    if (typeof identitytoken === 'string' && identitytoken) {
      return { credentials: { kind: 'identity-token', token: identitytoken }, secrets: [identitytoken] };
    }
    if (typeof auth === 'string' && auth) {
      const decoded = Buffer.from(auth, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon > 0) {
        const password = decoded.slice(colon + 1);
        return {
          credentials: { kind: 'basic', username: decoded.slice(0, colon), password },
          secrets: [auth, password],
        };
      }
    }
    if (typeof username === 'string' && typeof password === 'string' && username) {
      return { credentials: { kind: 'basic', username, password }, secrets: [password] };
    }
  }
  const helpers =
    typeof credHelpers === 'object' && credHelpers !== null ? (credHelpers as Record<string, unknown>) : {};
  const helper = keys.map((k) => helpers[k]).find((h) => typeof h === 'string') ?? credsStore;
  return typeof helper === 'string' && helper ? { helper, secrets: [] } : { secrets: [] };
}
