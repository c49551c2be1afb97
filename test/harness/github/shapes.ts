// GitHub-looking objects: the fields a reader looks at are set on purpose; every other field the
// OpenAPI schema requires is filled from the schema, so each response stays valid as the schema grows.
import { createHash } from 'node:crypto';
import { githubSpec, resolveRef } from './openapi.js';

type Json = Record<string, unknown>;

/** What a shape needs to know about the fake it is served by. */
export interface ShapeContext {
  readonly base: string;
  now(): string;
}

/** A `node_id` as GitHub's global relay ids look (base64 of "<Type><id>"). */
export function nodeId(type: string, id: number): string {
  return Buffer.from(`0${type.length}:${type}${id}`).toString('base64').replace(/=+$/, '');
}

/** A deterministic 40-hex sha for fixtures (`fakeSha('main')`). */
export function fakeSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

/** Stable numeric ids for logins, so the same user has the same id in every response. */
export function userId(login: string): number {
  if (login === 'github-actions[bot]') return 41898282;
  return Number.parseInt(createHash('sha1').update(login).digest('hex').slice(0, 7), 16);
}

/** A simple-user as GitHub renders it. Logins ending in [bot] are bots, as on github.com. */
export function simpleUser(ctx: ShapeContext, login: string): Json {
  const id = userId(login);
  const url = `${ctx.base}/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: nodeId(login.endsWith('[bot]') ? 'Bot' : 'User', id),
    avatar_url: `${ctx.base}/avatars/u/${id}?v=4`,
    gravatar_id: '',
    url,
    html_url: `${ctx.base}/${login.replace(/\[bot\]$/, '')}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: login.endsWith('[bot]') ? 'Bot' : 'User',
    user_view_type: 'public',
    site_admin: false,
  };
}

/** A minimal-repository for `owner/name`, its URLs pointing at the fake. */
export function repository(ctx: ShapeContext, fullName: string): Json {
  const [owner, name] = fullName.split('/') as [string, string];
  const id = userId(fullName);
  const url = `${ctx.base}/repos/${fullName}`;
  return fill(ctx, 'minimal-repository', {
    id,
    node_id: nodeId('Repository', id),
    name,
    full_name: fullName,
    owner: simpleUser(ctx, owner),
    private: false,
    html_url: `${ctx.base}/${fullName}`,
    description: null,
    fork: false,
    url,
  });
}

/**
 * An object of a component schema (`fill(ctx, 'check-run', {...})`): `fields` first, then every other
 * required property from the schema (null where nullable, the first enum value, URLs on the fake).
 */
export function fill(ctx: ShapeContext, schemaName: string, fields: Json): Json {
  const schema = githubSpec().components.schemas![schemaName];
  if (!schema) throw new Error(`fake-github: no schema ${schemaName}`);
  return { ...(sample(ctx, schema, schemaName, 0) as Json), ...fields };
}

function sample(ctx: ShapeContext, raw: unknown, name: string, depth: number): unknown {
  const schema = resolveRef<Json>(raw);
  if (schema.nullable === true) return null;
  if (Array.isArray(schema.allOf)) {
    return Object.assign({}, ...schema.allOf.map((part) => sample(ctx, part, name, depth)));
  }
  const branch = (schema.anyOf ?? schema.oneOf) as unknown[] | undefined;
  if (branch?.length) return sample(ctx, branch[0], name, depth);
  if (Array.isArray(schema.enum)) return schema.enum[0];
  switch (schema.type) {
    case 'object': {
      const out: Json = {};
      const properties = (schema.properties ?? {}) as Json;
      if (depth > 6) return out;
      for (const key of (schema.required ?? []) as string[]) {
        out[key] = sample(ctx, properties[key] ?? {}, key, depth + 1);
      }
      return out;
    }
    case 'array':
      return [];
    case 'integer':
    case 'number':
      return typeof schema.minimum === 'number' ? schema.minimum : 0;
    case 'boolean':
      return false;
    case 'string':
      return sampleString(ctx, schema, name);
    default:
      return schema.properties ? sample(ctx, { ...schema, type: 'object' }, name, depth) : null;
  }
}

function sampleString(ctx: ShapeContext, schema: Json, name: string): string {
  if (schema.format === 'date-time') return ctx.now();
  if (schema.format === 'date') return ctx.now().slice(0, 10);
  if (schema.format === 'uri' || name === 'url' || name.endsWith('_url')) return `${ctx.base}/_fake/${name}`;
  if (schema.format === 'email') return 'octocat@users.noreply.github.com';
  if (name === 'sha' || name.endsWith('_sha')) return fakeSha(name);
  if (name === 'node_id') return nodeId('Object', 1);
  return '';
}
