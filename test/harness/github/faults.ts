// Per-route fault injection (reliability-and-security.md §5.2): a status, a dropped connection, or
// "commit then fail" (the side effect happens, then the reply is lost), for every matching request or
// only the next N.
import { type FakeReply, githubError, json, type RouteKind, templatePattern } from './http.js';

/** A fault: which requests it hits and what they get instead of the real reply. */
export interface FaultRule {
  /** HTTP method; any when absent. */
  readonly method?: string;
  /**
   * An OpenAPI-style template (`/repos/{owner}/{repo}/issues/{issue_number}/comments`; `{name*}` and a
   * bare `*` match across slashes) or a RegExp on the path.
   */
  readonly path: string | RegExp;
  /** The status to answer with (403, 404, 422, 429, 500, ...). */
  readonly status?: number;
  /** Destroy the socket instead of answering (the client sees a reset connection). */
  readonly drop?: boolean;
  /** Only the next N matching requests; every one when absent. */
  readonly times?: number;
  /** Run the real handler first (its side effect is kept), then fail: GH-06 / REL-03. */
  readonly after?: boolean;
  /** Seconds for the retry-after header (set by default on 429). */
  readonly retryAfter?: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** A registered fault: how often it fired, and a way to take it back. */
export interface FaultHandle {
  readonly hits: number;
  remove(): void;
}

interface Active {
  readonly rule: FaultRule;
  readonly pattern: RegExp;
  remaining: number;
  hits: number;
}

const MESSAGES: Readonly<Record<number, string>> = {
  401: 'Bad credentials',
  403: 'Resource not accessible by integration',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Validation Failed',
  429: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
  500: 'Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

/** The faults of one fake, matched in the order they were added. */
export class Faults {
  private readonly active: Active[] = [];

  add(rule: FaultRule): FaultHandle {
    if (rule.status === undefined && !rule.drop)
      throw new Error('fake-github: a fault needs a status or drop');
    const pattern =
      typeof rule.path === 'string'
        ? templatePattern(rule.path.replace(/(?<!\w)\*/g, '{wildcard*}')).pattern
        : rule.path;
    const entry: Active = { rule, pattern, remaining: rule.times ?? Number.POSITIVE_INFINITY, hits: 0 };
    this.active.push(entry);
    return {
      get hits() {
        return entry.hits;
      },
      remove: () => {
        const index = this.active.indexOf(entry);
        if (index >= 0) this.active.splice(index, 1);
      },
    };
  }

  clear(): void {
    this.active.length = 0;
  }

  /** The fault for this request, if one matches; counts it as used. */
  take(method: string, path: string): FaultRule | undefined {
    const entry = this.active.find(
      (a) => a.remaining > 0 && (!a.rule.method || a.rule.method === method) && a.pattern.test(path),
    );
    if (!entry) return undefined;
    entry.remaining--;
    entry.hits++;
    return entry.rule;
  }
}

/** The reply a fault gives, shaped like the service it stands in for. */
export function faultReply(rule: FaultRule, kind: RouteKind | undefined): FakeReply {
  const status = rule.status ?? 500;
  const retryAfter = rule.retryAfter ?? (status === 429 ? 1 : undefined);
  const headers = {
    ...(retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) }),
    ...rule.headers,
  };
  if (rule.body !== undefined) return { status, headers, body: rule.body };
  const message = MESSAGES[status] ?? `fault ${status}`;
  if (kind === 'twirp') {
    const code = status === 429 ? 'resource_exhausted' : status >= 500 ? 'internal' : 'permission_denied';
    return json(status, { code, msg: message }, headers);
  }
  if (kind === 'blob') {
    return {
      status,
      headers: { 'content-type': 'application/xml', ...headers },
      body: `<?xml version="1.0" encoding="utf-8"?><Error><Code>Fault${status}</Code><Message>${message}</Message></Error>`,
    };
  }
  return githubError(status, message, headers);
}
