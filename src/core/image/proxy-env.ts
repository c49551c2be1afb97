// Which proxy a registry request goes through, from the environment as curl and Go's net/http read it
// (HTTPS_PROXY / HTTP_PROXY, lower case first; NO_PROXY): pure, so the rules are tested without sockets.

/** The proxy variables, as read from process.env. */
export type ProxyEnv = Readonly<Record<string, string | undefined>>;

const LOOPBACK = /^(localhost|127(\.\d+){3}|\[?::1\]?)$/i;

function variable(env: ProxyEnv, name: string): string | undefined {
  const value = env[name.toLowerCase()] ?? env[name.toUpperCase()];
  return value?.trim() ? value.trim() : undefined;
}

/** True when NO_PROXY exempts `host` (no port) at `port`: `*`, a name or its subdomains, `.suffix`, host:port. */
export function exempt(noProxy: string, host: string, port: string): boolean {
  const name = host.toLowerCase().replace(/^\[|\]$/g, '');
  return noProxy
    .split(/[\s,]+/)
    .filter(Boolean)
    .some((raw) => {
      if (raw === '*') return true;
      const entry = raw.toLowerCase();
      const colon = entry.lastIndexOf(':');
      const [entryHost, entryPort] =
        colon > 0 && !entry.includes(']') && entry.indexOf(':') === colon
          ? [entry.slice(0, colon), entry.slice(colon + 1)]
          : [entry.replace(/^\[|\]$/g, ''), ''];
      if (entryPort && entryPort !== port) return false;
      const bare = entryHost.replace(/^\*?\./, '');
      return name === bare || name.endsWith(`.${bare}`);
    });
}

/**
 * The proxy URL for a request to `target`, or undefined for a direct connection. Loopback is never
 * proxied (Go's rule: a local registry or test server stays local). The proxy must be an http:// URL
 * (a CONNECT tunnel carries the TLS of an https registry); anything else is an error naming the variable.
 */
export function proxyFor(target: URL, env: ProxyEnv): URL | undefined {
  if (LOOPBACK.test(target.hostname)) return undefined;
  const name = target.protocol === 'https:' ? 'HTTPS_PROXY' : 'HTTP_PROXY';
  const value = variable(env, name);
  if (!value) return undefined;
  const port = target.port || (target.protocol === 'https:' ? '443' : '80');
  const noProxy = variable(env, 'NO_PROXY');
  if (noProxy && exempt(noProxy, target.hostname, port)) return undefined;
  let proxy: URL;
  try {
    proxy = new URL(value.includes('://') ? value : `http://${value}`);
  } catch {
    throw new Error(`${name} is not a URL`);
  }
  if (proxy.protocol !== 'http:')
    throw new Error(
      `${name} is a ${proxy.protocol.replace(':', '')}:// proxy; only http:// proxies are supported`,
    );
  return proxy;
}
