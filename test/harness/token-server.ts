// A Docker token server (the registry's `auth.token` spec, shipped as docker-registry's
// spec/auth/token.md): GET /token?service=&scope= with Basic credentials answers a JWT signed with a key
// whose certificate is in the registry's rootcertbundle (reference/oci-images.md §3.2).
import { createPrivateKey, createSign, randomUUID, X509Certificate } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TokenServerOptions {
  readonly service: string;
  readonly issuer: string;
  /** PEM private key and certificate (the certificate goes in the registry's rootcertbundle). */
  readonly keyPem: string;
  readonly certPem: string;
  readonly username: string;
  readonly password: string;
}

export interface TokenServer {
  /** The realm URL (`http://127.0.0.1:<port>/token`). */
  readonly realm: string;
  /** Requests received: which scopes were asked for, by whom, and what was granted. */
  readonly log: { account?: string; scopes: string[]; granted: boolean }[];
  stop(): Promise<void>;
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** `repository:ml/model:push,pull` → { type, name, actions }. */
function parseScope(scope: string) {
  const parts = scope.split(':');
  const actions = parts.pop()!.split(',').filter(Boolean);
  const type = parts.shift()!;
  return { type, name: parts.join(':'), actions };
}

/** Starts the token server on 127.0.0.1 with a free port. */
export async function startTokenServer(options: TokenServerOptions): Promise<TokenServer> {
  const key = createPrivateKey(options.keyPem);
  const certDer = new X509Certificate(options.certPem).raw.toString('base64');
  const log: TokenServer['log'] = [];

  const sign = (subject: string, access: ReturnType<typeof parseScope>[]) => {
    const now = Math.floor(Date.now() / 1000);
    const header = { typ: 'JWT', alg: 'RS256', x5c: [certDer] };
    const claims = {
      iss: options.issuer,
      sub: subject,
      aud: options.service,
      exp: now + 300,
      nbf: now - 10,
      iat: now,
      jti: randomUUID(),
      access,
    };
    const input = `${b64(header)}.${b64(claims)}`;
    const signature = createSign('RSA-SHA256').update(input).sign(key).toString('base64url');
    return `${input}.${signature}`;
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const answer = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (url.pathname !== '/token' || req.method !== 'GET')
      return answer(404, { errors: [{ code: 'NOT_FOUND' }] });
    const scopes = url.searchParams
      .getAll('scope')
      .flatMap((s) => s.split(' '))
      .filter(Boolean);
    const basic = /^Basic (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const [user, ...rest] = basic ? Buffer.from(basic, 'base64').toString('utf8').split(':') : [];
    const password = rest.join(':');
    if (basic && (user !== options.username || password !== options.password)) {
      log.push({ account: user, scopes, granted: false });
      return answer(401, { errors: [{ code: 'UNAUTHORIZED', message: 'invalid username or password' }] });
    }
    if (url.searchParams.get('service') !== options.service) {
      return answer(400, { errors: [{ code: 'INVALID', message: `unknown service` }] });
    }
    // Anonymous callers get a token with no access: the registry then answers 401 insufficient_scope.
    const access = basic ? scopes.map(parseScope) : [];
    log.push({ account: user, scopes, granted: access.length > 0 });
    const token = sign(user ?? '', access);
    answer(200, { token, access_token: token, expires_in: 300, issued_at: new Date().toISOString() });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    realm: `http://127.0.0.1:${(server.address() as AddressInfo).port}/token`,
    log,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
