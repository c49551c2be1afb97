/** A parsed WWW-Authenticate challenge (RFC 7235), e.g. Bearer realm="…",service="…",scope="…". */
export interface Challenge {
  readonly scheme: 'basic' | 'bearer' | string;
  readonly params: Readonly<Record<string, string>>;
}

/** Parses the first challenge of a WWW-Authenticate header; undefined when there is none. */
export function parseChallenge(header: string | undefined): Challenge | undefined {
  if (!header) return undefined;
  const match = /^\s*([A-Za-z][A-Za-z0-9_-]*)\s*(.*)$/s.exec(header);
  if (!match) return undefined;
  const params: Record<string, string> = {};
  const pattern = /([A-Za-z][A-Za-z0-9_-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*,?/g;
  for (const [, key, quoted, bare] of match[2]!.matchAll(pattern)) {
    params[key!.toLowerCase()] = quoted !== undefined ? quoted.replace(/\\(.)/g, '$1') : (bare ?? '');
  }
  return { scheme: match[1]!.toLowerCase(), params };
}

/** Token scopes for a push: the push scope first ("a few registries just look at the first scope", ggcr). */
export function pushScopes(repository: string, mountFrom: readonly string[] = []): string[] {
  const scopes = [`repository:${repository}:pull,push`];
  for (const from of mountFrom) if (from !== repository) scopes.push(`repository:${from}:pull`);
  return [...new Set(scopes)];
}
