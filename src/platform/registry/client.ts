import type { Readable } from 'node:stream';
import { pushScopes } from '../../core/image/challenge.js';
import { type Digest, isDigest, sha256 } from '../../core/image/digest.js';
import type { Credentials } from '../../core/image/docker-config.js';
import { MANIFEST_ACCEPT } from '../../core/image/media-types.js';
import { proxyFor } from '../../core/image/proxy-env.js';
import { apiHost } from '../../core/image/reference.js';
import { isNetworkError, REQUEST_RETRY, withRetry } from '../../core/image/retry.js';
import { MlciError } from '../../core/errors.js';
import { RegistryAuth, type SecretSink, headerText } from './auth.js';
import { checkStatus } from './errors.js';
import { type HttpResponse, readBody, redact, send } from './http.js';

/** Credentials and transport settings of one registry client. */
export interface ClientOptions {
  readonly credentials?: Credentials;
  /** Hosts spoken to over plain http; loopback always is (test registries, a local mirror). */
  readonly insecure?: readonly string[];
  readonly secret?: SecretSink;
  readonly idleTimeoutMs?: number;
}

interface Call {
  readonly method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** A path under the registry (`/v2/…`) or an absolute upload Location. */
  readonly target: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** A Buffer, or a function opening a fresh stream, so a 401 can resend the body. */
  readonly body?: Buffer | (() => Promise<Readable> | Readable);
  readonly ok: readonly number[];
  readonly follow?: boolean;
  /** ggcr's retry.Never: the caller retries the whole operation, this request must not retry itself. */
  readonly noRetry?: boolean;
}

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/;
const MANIFEST_LIMIT = 100 * 1024 * 1024; // ggcr reads manifests with a 100 MiB cap (fetcher.go)

/** A distribution-API client for one registry: the protocol steps, each one HTTP exchange or a few. */
export class RegistryClient {
  readonly baseUrl: string;
  private readonly auth: RegistryAuth;
  private readonly idle: number;

  constructor(
    readonly registry: string,
    options: ClientOptions = {},
  ) {
    const host = apiHost(registry);
    const plain = LOOPBACK.test(host) || (options.insecure ?? []).includes(registry);
    this.baseUrl = `${plain ? 'http' : 'https'}://${host}`;
    this.auth = new RegistryAuth(
      this.baseUrl,
      options.credentials ?? { kind: 'anonymous' },
      options.secret ?? (() => {}),
    );
    this.idle = options.idleTimeoutMs ?? 60_000;
  }

  /** Token scopes needed from now on (push to `repository`, pull from `mountFrom`). */
  prepare(repository: string, mode: 'pull' | 'push', mountFrom: readonly string[] = []): void {
    this.auth.want(mode === 'push' ? pushScopes(repository, mountFrom) : [`repository:${repository}:pull`]);
  }

  /** Sends one exchange: auth header, one re-auth on 401, tier-1 retries for idempotent network blips. */
  async call(call: Call): Promise<HttpResponse> {
    const idempotent = ['GET', 'HEAD', 'PUT'].includes(call.method) && typeof call.body !== 'function';
    const once = async (): Promise<HttpResponse> => {
      for (let attempt = 0; ; attempt++) {
        const url = this.resolve(call.target);
        const headers: Record<string, string> = { ...call.headers };
        const authorization = await this.auth.header();
        // Credentials go to the registry's own origin only: an upload Location elsewhere gets none.
        if (authorization && url.startsWith(`${this.baseUrl}/`)) headers.authorization = authorization;
        const body = typeof call.body === 'function' ? await call.body() : call.body;
        const response = await send({
          method: call.method,
          url,
          headers,
          body,
          followRedirects: call.follow,
          idleTimeoutMs: this.idle,
        });
        if (
          response.status === 401 &&
          attempt === 0 &&
          this.auth.refresh(headerText(response.headers['www-authenticate']))
        ) {
          response.body.resume();
          if (body && typeof (body as Readable).destroy === 'function') (body as Readable).destroy();
          continue;
        }
        if (!call.ok.includes(response.status)) await checkStatus(response, call.method, ...call.ok);
        return response;
      }
    };
    if (call.noRetry || !idempotent) return once();
    return withRetry(once, REQUEST_RETRY, { retryIf: isNetworkError });
  }

  /** Absolute URL of a path or Location; a Location on a private host other than the registry is refused (SSRF). */
  resolve(target: string): string {
    const url = new URL(target, `${this.baseUrl}/`);
    const base = new URL(this.baseUrl);
    if (url.host !== base.host) {
      const privateHost =
        /^(localhost|127\.|10\.|192\.168\.|169\.254\.|172\.(1[6-9]|2\d|3[01])\.|0\.0\.0\.0|\[)/.test(
          url.hostname,
        );
      if (privateHost || url.protocol !== 'https:') {
        throw new MlciError(
          `registry ${this.registry} sent an upload location on another host (${redact(url.href)}); refusing it`,
          1,
          {
            hint: 'a registry may redirect uploads only to a public https host',
          },
        );
      }
    }
    return url.href;
  }

  /** True if the repository already has the blob (HEAD → 200). */
  async hasBlob(repository: string, digest: Digest): Promise<boolean> {
    const response = await this.call({
      method: 'HEAD',
      target: `/v2/${repository}/blobs/${digest}`,
      ok: [200, 404],
      follow: true,
    });
    response.body.resume();
    return response.status === 200;
  }

  /**
   * Starts an upload; with `mountFrom`, asks to mount the blob from another repository of this registry.
   * Returns 'mounted', or the Location to upload to (a registry may answer a mount with 202 = upload).
   */
  async startUpload(
    repository: string,
    mount?: { digest: Digest; from: string },
  ): Promise<'mounted' | string> {
    const query = mount ? `?mount=${mount.digest}&from=${encodeURIComponent(mount.from)}` : '';
    const response = await this.call({
      method: 'POST',
      target: `/v2/${repository}/blobs/uploads/${query}`,
      ok: [201, 202],
      noRetry: true,
    });
    response.body.resume();
    if (response.status === 201 && mount) return 'mounted';
    return this.location(response);
  }

  /** PUTs manifest bytes under a tag or digest; checks the registry's digest against ours. */
  async putManifest(
    repository: string,
    reference: string,
    bytes: Buffer,
    mediaType: string,
  ): Promise<Digest> {
    const response = await this.call({
      method: 'PUT',
      target: `/v2/${repository}/manifests/${reference}`,
      headers: { 'content-type': mediaType },
      body: bytes,
      ok: [201, 200],
      noRetry: true,
    });
    response.body.resume();
    const ours = sha256(bytes);
    const theirs = headerText(response.headers['docker-content-digest']);
    if (theirs && isDigest(theirs) && theirs !== ours) {
      throw new MlciError(
        `${this.registry}/${repository}: the registry stored manifest ${theirs}, but we sent ${ours}`,
        1,
      );
    }
    return ours;
  }

  /** GETs a manifest or index; a manifest asked for by digest must hash to it (REG-10). */
  async getManifest(
    repository: string,
    reference: string,
  ): Promise<{ bytes: Buffer; mediaType: string; digest: Digest }> {
    const response = await this.call({
      method: 'GET',
      target: `/v2/${repository}/manifests/${reference}`,
      headers: { accept: MANIFEST_ACCEPT },
      ok: [200],
      follow: true,
    });
    const bytes = await readBody(response, MANIFEST_LIMIT, 'error');
    const digest = sha256(bytes);
    if (isDigest(reference) && digest !== reference) {
      throw new MlciError(
        `${this.registry}/${repository}@${reference}: the registry returned content with digest ${digest}`,
        1,
      );
    }
    let mediaType = headerText(response.headers['content-type'])?.split(';')[0]?.trim() ?? '';
    try {
      const parsed = JSON.parse(bytes.toString('utf8')) as { mediaType?: unknown };
      if (typeof parsed.mediaType === 'string') mediaType = parsed.mediaType;
    } catch {
      throw new MlciError(`${this.registry}/${repository}:${reference} is not a JSON manifest`, 1);
    }
    return { bytes, mediaType, digest };
  }

  /** True if the repository has a manifest with this digest (HEAD). */
  async hasManifest(repository: string, digest: Digest): Promise<boolean> {
    const response = await this.call({
      method: 'HEAD',
      target: `/v2/${repository}/manifests/${digest}`,
      headers: { accept: MANIFEST_ACCEPT },
      ok: [200, 404],
    });
    response.body.resume();
    return response.status === 200;
  }

  /** Opens a blob for reading (redirects to a storage host are followed without credentials). */
  async openBlob(repository: string, digest: Digest): Promise<Readable> {
    const response = await this.call({
      method: 'GET',
      target: `/v2/${repository}/blobs/${digest}`,
      ok: [200],
      follow: true,
    });
    return response.body;
  }

  /**
   * A blob GET for a downloader of its own (the restore's worker threads, platform/cache/blob-writers.ts):
   * the URL and the registry's Authorization, as call() would send them. Undefined when the registry is
   * reached through a proxy (or the proxy variables are invalid): such requests stay with openBlob().
   * The downloader follows redirects with send()'s rules and hands a 401 back (then openBlob re-auths).
   */
  async blobRequest(
    repository: string,
    digest: Digest,
  ): Promise<
    | {
        url: string;
        headers: Record<string, string>;
        idleTimeoutMs: number;
        proxied: { 'http:': boolean; 'https:': boolean };
      }
    | undefined
  > {
    const url = this.resolve(`/v2/${repository}/blobs/${digest}`);
    try {
      if (proxyFor(new URL(url), process.env)) return undefined;
    } catch {
      return undefined;
    }
    // A redirect to a host of a scheme with a proxy variable set (whatever NO_PROXY says) goes to openBlob.
    const set = (name: string) => Boolean((process.env[name.toLowerCase()] ?? process.env[name])?.trim());
    const proxied = { 'http:': set('HTTP_PROXY'), 'https:': set('HTTPS_PROXY') };
    const headers: Record<string, string> = {};
    const authorization = await this.auth.header();
    if (authorization) headers.authorization = authorization;
    return { url, headers, idleTimeoutMs: this.idle, proxied };
  }

  /** Every tag of a repository (GET /v2/<name>/tags/list, following the Link header's pages). */
  async listTags(repository: string): Promise<string[]> {
    const tags: string[] = [];
    let target: string | undefined = `/v2/${repository}/tags/list?n=1000`;
    for (let page = 0; target && page < 1000; page++) {
      const response = await this.call({ method: 'GET', target, ok: [200, 404] });
      const body = await readBody(response, MANIFEST_LIMIT);
      if (response.status === 404) return tags;
      const value = JSON.parse(body.toString('utf8')) as { tags?: unknown };
      if (Array.isArray(value.tags))
        tags.push(...value.tags.filter((t): t is string => typeof t === 'string'));
      // Link: </v2/name/tags/list?last=x&n=1000>; rel="next" (distribution spec, content discovery).
      const link = headerText(response.headers.link);
      target = link ? /<([^>]+)>\s*;\s*rel="?next"?/.exec(link)?.[1] : undefined;
    }
    return tags;
  }

  /**
   * Deletes a manifest by digest, which removes every tag pointing at it. Registries that do not allow
   * deletion answer 405 (docker-registry without REGISTRY_STORAGE_DELETE_ENABLED) or 403/401 (no delete
   * scope): that error goes to the caller as is.
   */
  async deleteManifest(repository: string, digest: Digest): Promise<void> {
    const response = await this.call({
      method: 'DELETE',
      target: `/v2/${repository}/manifests/${digest}`,
      ok: [202, 200],
      noRetry: true,
    });
    response.body.resume();
  }

  /** The absolute Location of an upload answer. */
  location(response: HttpResponse): string {
    const location = headerText(response.headers.location);
    if (!location)
      throw new MlciError(`${this.registry}: upload answer ${response.status} has no Location header`, 1);
    return new URL(location, response.url).href;
  }
}

/** An upload Location with `digest=` set (the commit of an upload). */
export function withDigest(location: string, digest: Digest): string {
  const url = new URL(location);
  url.searchParams.set('digest', digest);
  return url.href;
}
