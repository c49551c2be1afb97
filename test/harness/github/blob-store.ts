// Azure Block Blob storage as @azure/storage-blob speaks it (reference/actions-runtime.md §7.4): Put Blob,
// Put Block, Put Block List, GET/HEAD with Range. URLs are "signed" with an HMAC of the path, so a
// tampered or unsigned URL gets Azure's 403.
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { FakeReply, FakeRequest, Router } from './http.js';

interface Blob {
  data: Buffer;
  contentType: string;
  /** Staged (uncommitted) blocks by id. */
  readonly blocks: Map<string, Buffer>;
  committed: boolean;
  lastModified: string;
}

const API_VERSION = '2024-08-04';

function azureError(status: number, code: string, message: string): FakeReply {
  return {
    status,
    headers: { 'content-type': 'application/xml', 'x-ms-error-code': code, 'x-ms-request-id': randomUUID() },
    body: `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`,
  };
}

function written(extra: Record<string, string> = {}): FakeReply {
  return {
    status: 201,
    headers: {
      // A missing x-ms-request-id makes some clients fail with "random EOF" (falcondev's server notes).
      'x-ms-request-id': randomUUID(),
      'x-ms-version': API_VERSION,
      'x-ms-request-server-encrypted': 'true',
      etag: `"0x${randomBytes(8).toString('hex').toUpperCase()}"`,
      'last-modified': new Date().toUTCString(),
      ...extra,
    },
  };
}

/** The blobs of the fake, by path (`/devstoreaccount1/<container>/<name>`). */
export class BlobStore {
  private readonly blobs = new Map<string, Blob>();
  private readonly secret = randomBytes(16);

  constructor(private readonly base: string) {}

  /** A SAS-like URL for a blob path, valid for this fake only. */
  signedUrl(path: string): string {
    const sig = createHmac('sha256', this.secret).update(path).digest('base64url');
    return `${this.base}${path}?sv=${API_VERSION}&sr=b&sp=rcw&se=2099-01-01T00%3A00%3A00Z&sig=${sig}`;
  }

  /** Committed bytes of a blob, or undefined. */
  read(path: string): Buffer | undefined {
    const blob = this.blobs.get(path);
    return blob?.committed ? blob.data : undefined;
  }

  /** Stores committed bytes directly (seeding a test's artifact without an upload). */
  write(path: string, data: Buffer, contentType = 'application/zip'): void {
    const now = new Date().toUTCString();
    this.blobs.set(path, { data, contentType, blocks: new Map(), committed: true, lastModified: now });
  }

  delete(path: string): void {
    this.blobs.delete(path);
  }

  /** Registers the storage routes. */
  routes(router: Router): void {
    router.add('blob', 'PUT', '/devstoreaccount1/{container}/{blob*}', (req) => this.put(req));
    router.add('blob', 'GET', '/devstoreaccount1/{container}/{blob*}', (req) => this.get(req));
  }

  private signed(req: FakeRequest): boolean {
    const expected = createHmac('sha256', this.secret).update(req.path).digest('base64url');
    return req.query.get('sig') === expected;
  }

  private put(req: FakeRequest): FakeReply {
    if (!this.signed(req)) return azureError(403, 'AuthenticationFailed', 'Signature did not match.');
    const comp = req.query.get('comp');
    const now = new Date().toUTCString();
    const blob = this.blobs.get(req.path) ?? {
      data: Buffer.alloc(0),
      contentType: 'application/octet-stream',
      blocks: new Map(),
      committed: false,
      lastModified: now,
    };
    this.blobs.set(req.path, blob);
    if (comp === 'block') {
      const id = req.query.get('blockid');
      if (!id) return azureError(400, 'InvalidQueryParameterValue', 'blockid is required');
      blob.blocks.set(id, req.raw);
      return written();
    }
    if (comp === 'blocklist') {
      // Latest/Committed/Uncommitted all name staged blocks here; order is the order of the list.
      const ids = [...req.raw.toString('utf8').matchAll(/<(?:Latest|Committed|Uncommitted)>([^<]*)</g)].map(
        (m) => m[1]!,
      );
      const missing = ids.find((id) => !blob.blocks.has(id));
      if (missing !== undefined)
        return azureError(400, 'InvalidBlockList', `block ${missing} was not staged`);
      blob.data = Buffer.concat(ids.map((id) => blob.blocks.get(id)!));
      blob.blocks.clear();
      blob.contentType = String(req.headers['x-ms-blob-content-type'] ?? blob.contentType);
      blob.committed = true;
      blob.lastModified = now;
      return written();
    }
    if (comp)
      return azureError(400, 'UnsupportedQueryParameter', `comp=${comp} is not supported by the fake`);
    if (req.headers['x-ms-blob-type'] !== 'BlockBlob')
      return azureError(400, 'MissingRequiredHeader', 'x-ms-blob-type: BlockBlob is required');
    blob.data = req.raw;
    blob.contentType = String(
      req.headers['x-ms-blob-content-type'] ?? req.headers['content-type'] ?? blob.contentType,
    );
    blob.committed = true;
    blob.lastModified = now;
    return written({ 'content-md5': '' });
  }

  private get(req: FakeRequest): FakeReply {
    if (!this.signed(req)) return azureError(403, 'AuthenticationFailed', 'Signature did not match.');
    const blob = this.blobs.get(req.path);
    if (!blob?.committed) return azureError(404, 'BlobNotFound', 'The specified blob does not exist.');
    const headers = {
      'content-type': blob.contentType,
      'last-modified': blob.lastModified,
      'accept-ranges': 'bytes',
      'x-ms-blob-type': 'BlockBlob',
      'x-ms-request-id': randomUUID(),
      'x-ms-version': API_VERSION,
    };
    const range = String(req.headers['x-ms-range'] ?? req.headers.range ?? '');
    const match = /^bytes=(\d+)-(\d*)$/.exec(range);
    if (!match) return { status: 200, headers, body: blob.data };
    const start = Number(match[1]);
    const end = Math.min(match[2] ? Number(match[2]) : blob.data.length - 1, blob.data.length - 1);
    if (start >= blob.data.length)
      return azureError(
        416,
        'InvalidRange',
        'The range specified is invalid for the current size of the resource.',
      );
    return {
      status: 206,
      headers: { ...headers, 'content-range': `bytes ${start}-${end}/${blob.data.length}` },
      body: blob.data.subarray(start, end + 1),
    };
  }
}
