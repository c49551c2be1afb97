// The fake's small HTTP vocabulary: requests as values, replies as values (so a fault can discard a
// reply after its side effect happened), and routes written as OpenAPI path templates.
import type { IncomingHttpHeaders } from 'node:http';

/** A request after its body was read: `body` is the parsed JSON when the body was JSON. */
export interface FakeRequest {
  readonly method: string;
  readonly url: URL;
  readonly path: string;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly raw: Buffer;
  readonly body: unknown;
  /** Login of the user the Authorization token belongs to, if any. */
  readonly user?: string;
}

/** A reply: a Buffer or string body is sent as is, anything else as JSON; undefined sends nothing. */
export interface FakeReply {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

export type Handler = (req: FakeRequest) => FakeReply | Promise<FakeReply>;

/** rest: validated against OpenAPI; twirp: the results service; blob: Azure storage; web: html/downloads. */
export type RouteKind = 'rest' | 'twirp' | 'blob' | 'web';

export interface Route {
  readonly kind: RouteKind;
  readonly method: string;
  readonly template: string;
  readonly handler: Handler;
  readonly pattern: RegExp;
  readonly keys: readonly string[];
}

/** `{name}` matches one path segment, `{name*}` the rest of the path. */
export function templatePattern(template: string): { pattern: RegExp; keys: string[] } {
  const keys: string[] = [];
  const source = template.replace(/[.+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)(\*?)\}/g, (_, key, rest) => {
    keys.push(key);
    return rest ? '(.+)' : '([^/]+)';
  });
  return { pattern: new RegExp(`^${source}$`), keys };
}

/** Routes in registration order; literal segments win over parameters (`releases/latest`). */
export class Router {
  private readonly routes: Route[] = [];

  add(kind: RouteKind, method: string, template: string, handler: Handler): void {
    this.routes.push({ kind, method, template, handler, ...templatePattern(template) });
  }

  all(): readonly Route[] {
    return this.routes;
  }

  match(method: string, path: string): { route: Route; params: Record<string, string> } | undefined {
    const wanted = method === 'HEAD' ? ['HEAD', 'GET'] : [method];
    const candidates = this.routes
      .filter((route) => wanted.includes(route.method) && route.pattern.test(path))
      .sort((a, b) => a.keys.length - b.keys.length);
    const route = candidates[0];
    if (!route) return undefined;
    const values = route.pattern.exec(path)!.slice(1);
    const params = Object.fromEntries(route.keys.map((key, i) => [key, decodeURIComponent(values[i]!)]));
    return { route, params };
  }
}

const DOCS = 'https://docs.github.com/rest';

/** A JSON reply. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): FakeReply {
  return { status, body, headers };
}

/** GitHub's error body (`basic-error`). */
export function githubError(
  status: number,
  message: string,
  headers: Record<string, string> = {},
): FakeReply {
  return json(status, { message, documentation_url: DOCS, status: String(status) }, headers);
}

/** GitHub's 422 body (`validation-error`), with the reasons as GitHub lists them. */
export function validationFailed(message: string, errors: readonly string[] = []): FakeReply {
  return json(422, { message, documentation_url: DOCS, status: '422', errors: [...errors] });
}

export const notFound = (): FakeReply => githubError(404, 'Not Found');
export const noContent = (): FakeReply => ({ status: 204 });

/** An integer path or query value, or undefined when it is not one. */
export function intParam(value: string | null | undefined): number | undefined {
  return value && /^\d+$/.test(value) ? Number(value) : undefined;
}

/** The request body as an object (the validator already checked its shape for REST routes). */
export function bodyOf(req: FakeRequest): Record<string, unknown> {
  return req.body !== null && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : {};
}

/**
 * One page of `items` with GitHub's Link header (`per_page` default 30, max 100, `page` from 1), so a
 * client's pagination follows `rel="next"` back to the fake.
 */
export function paginate<T>(req: FakeRequest, items: readonly T[], render: (item: T) => unknown): FakeReply {
  const perPage = Math.min(100, Math.max(1, intParam(req.query.get('per_page')) ?? 30));
  const page = Math.max(1, intParam(req.query.get('page')) ?? 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (n: number, rel: string) => {
    const url = new URL(req.url);
    url.searchParams.set('per_page', String(perPage));
    url.searchParams.set('page', String(n));
    return `<${url.href}>; rel="${rel}"`;
  };
  const links = [
    ...(page > 1 ? [link(page - 1, 'prev')] : []),
    ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
    ...(page > 1 ? [link(1, 'first')] : []),
  ];
  const slice = items.slice((page - 1) * perPage, page * perPage).map(render);
  return json(200, slice, links.length ? { link: links.join(', ') } : {});
}

/** The same page as `paginate`, wrapped as `{ total_count, <key>: [...] }` (actions and checks lists). */
export function paginateWrapped<T>(
  req: FakeRequest,
  key: string,
  items: readonly T[],
  render: (item: T) => unknown,
): FakeReply {
  const page = paginate(req, items, render);
  return { ...page, body: { total_count: items.length, [key]: page.body } };
}
