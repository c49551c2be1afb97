import { type Challenge, parseChallenge } from '../../core/image/challenge.js';
import type { Credentials } from '../../core/image/docker-config.js';
import { MlciError } from '../../core/errors.js';
import { checkStatus } from './errors.js';
import { readBody, send } from './http.js';

/** Registers a value to be masked in every later log line (core.setSecret), before it is used. */
export type SecretSink = (value: string) => void;

interface Token {
  readonly value: string;
  readonly expiresAt: number;
}

/**
 * The authorization of one registry: Basic, or the Bearer token flow of the distribution token spec
 * (reference/oci-images.md §2.2). Tokens carry all scopes requested so far; a new scope or an expired
 * token means one new token request.
 */
export class RegistryAuth {
  private challenge: Challenge | undefined;
  private pinged: Promise<void> | undefined;
  private token: Token | undefined;
  /** The token request in flight: parallel uploads share it instead of each asking for one. */
  private fetching: Promise<Token> | undefined;
  private readonly scopes = new Set<string>();

  constructor(
    private readonly baseUrl: string,
    private readonly credentials: Credentials,
    private readonly secret: SecretSink,
  ) {}

  /** Adds token scopes (push scope first, as ggcr orders them); the next request fetches a new token. */
  want(scopes: readonly string[]): void {
    let added = false;
    for (const scope of scopes) {
      if (!this.scopes.has(scope)) {
        this.scopes.add(scope);
        added = true;
      }
    }
    if (added) this.token = undefined;
  }

  /** The Authorization header for the next request, or undefined for an anonymous registry. */
  async header(): Promise<string | undefined> {
    this.pinged ??= this.ping().catch((error: unknown) => {
      this.pinged = undefined; // a failed ping is retried by the next request, not remembered
      throw error;
    });
    await this.pinged;
    const challenge = this.challenge;
    if (!challenge) return undefined;
    if (challenge.scheme === 'basic') return this.basic();
    if (challenge.scheme !== 'bearer') {
      throw new MlciError(
        `registry ${this.baseUrl} asks for "${challenge.scheme}" authentication, which mlci does not speak`,
        1,
      );
    }
    if (!this.token || Date.now() > this.token.expiresAt) {
      this.fetching ??= this.fetchToken(challenge).finally(() => {
        this.fetching = undefined;
      });
      this.token = await this.fetching;
    }
    return `Bearer ${this.token.value}`;
  }

  /** After a 401: adopt the new challenge's scope and drop the token. False if that cannot help. */
  refresh(wwwAuthenticate: string | undefined): boolean {
    const next = parseChallenge(wwwAuthenticate);
    if (!next) return false;
    const scope = next.params.scope;
    if (scope) for (const s of scope.split(' ')) this.scopes.add(s);
    const hadToken = this.token !== undefined || this.challenge?.scheme === 'basic';
    this.challenge = next;
    this.token = undefined;
    return !hadToken || scope !== undefined;
  }

  private async ping(): Promise<void> {
    const response = await send({ method: 'GET', url: `${this.baseUrl}/v2/`, idleTimeoutMs: 30_000 });
    response.body.resume();
    if (response.status === 401)
      this.challenge = parseChallenge(headerText(response.headers['www-authenticate']));
    else if (response.status !== 200) await checkStatus(response, 'GET', 200);
  }

  private basic(): string {
    if (this.credentials.kind !== 'basic') {
      throw new MlciError(`registry ${this.baseUrl} needs a username and password`, 1, {
        hint: 'set registry-username and registry-password (or docker login so ~/.docker/config.json has them)',
      });
    }
    const value = Buffer.from(`${this.credentials.username}:${this.credentials.password}`).toString('base64');
    this.secret(value);
    return `Basic ${value}`;
  }

  private async fetchToken(challenge: Challenge): Promise<Token> {
    const realm = challenge.params.realm;
    if (!realm) throw new MlciError(`registry ${this.baseUrl} sent a Bearer challenge without a realm`, 1);
    const url = new URL(realm);
    // Never send credentials over plain http to a realm of a TLS registry (ggcr transport/bearer.go).
    if (this.baseUrl.startsWith('https:') && url.protocol !== 'https:') {
      throw new MlciError(
        `registry ${this.baseUrl} points its token realm at ${url.protocol}//${url.host}; refusing to send credentials over http`,
        1,
      );
    }
    const service = challenge.params.service;
    const scopes = [...this.scopes];
    let response: Awaited<ReturnType<typeof send>>;
    if (this.credentials.kind === 'identity-token') {
      const form = new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: this.credentials.token,
        client_id: 'mlci',
      });
      if (service) form.set('service', service);
      if (scopes.length) form.set('scope', scopes.join(' '));
      response = await send({
        method: 'POST',
        url: url.href,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: Buffer.from(form.toString()),
      });
    } else {
      if (service) url.searchParams.set('service', service);
      for (const scope of scopes) url.searchParams.append('scope', scope);
      const headers: Record<string, string> = {};
      if (this.credentials.kind === 'basic') headers.authorization = this.basic();
      response = await send({ method: 'GET', url: url.href, headers });
    }
    await checkStatus(response, 'GET', 200);
    const body = JSON.parse((await readBody(response, 1024 * 1024, 'error')).toString('utf8')) as Record<
      string,
      unknown
    >;
    const value =
      typeof body.token === 'string'
        ? body.token
        : typeof body.access_token === 'string'
          ? body.access_token
          : '';
    if (!value) throw new MlciError(`token endpoint ${url.origin}${url.pathname} returned no token`, 1);
    this.secret(value);
    // Default lifetime 60 s (token spec); renew 10 s early so a request never starts with a dead token.
    const lifetime = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 60;
    return { value, expiresAt: Date.now() + Math.max(5, lifetime - 10) * 1000 };
  }
}

/** A header value as one string. */
export function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
