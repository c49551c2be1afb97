import type { Readable } from 'node:stream';
import type { Digest } from '../../core/image/digest.js';
import { type RegistryClient, withDigest } from './client.js';

// The three ways blob bytes travel (reference/oci-images.md §2.3). Every request here is sent with
// noRetry: pushImage retries the whole upload from a new session (tier 2), never a consumed stream.

/** Streamed upload: one PATCH with the whole body and no Content-Range, then PUT ?digest= (distribution#930). */
export async function uploadStreamed(
  client: RegistryClient,
  location: string,
  open: () => Promise<Readable>,
  digest: Digest,
): Promise<void> {
  const patched = await client.call({
    method: 'PATCH',
    target: location,
    headers: { 'content-type': 'application/octet-stream' },
    body: open,
    ok: [202, 204],
    noRetry: true,
  });
  patched.body.resume();
  await commit(client, client.location(patched), digest);
}

/** Monolithic upload: one PUT of the whole body with its length and digest. */
export async function uploadMonolithic(
  client: RegistryClient,
  location: string,
  open: () => Promise<Readable>,
  size: number,
  digest: Digest,
): Promise<void> {
  const response = await client.call({
    method: 'PUT',
    target: withDigest(location, digest),
    headers: { 'content-type': 'application/octet-stream', 'content-length': String(size) },
    body: open,
    ok: [201],
    noRetry: true,
  });
  response.body.resume();
}

/** Chunked upload: PATCHes with Content-Range of at most `chunkSize` bytes (GHCR caps chunks at 4 MiB). */
export async function uploadChunked(
  client: RegistryClient,
  location: string,
  open: () => Promise<Readable>,
  chunkSize: number,
  digest: Digest,
): Promise<void> {
  let at = location;
  let offset = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const flush = async () => {
    if (pendingBytes === 0) return;
    const chunk = Buffer.concat(pending, pendingBytes);
    const response = await client.call({
      method: 'PATCH',
      target: at,
      headers: {
        'content-type': 'application/octet-stream',
        'content-range': `${offset}-${offset + chunk.length - 1}`,
        'content-length': String(chunk.length),
      },
      body: chunk,
      ok: [202, 204],
      noRetry: true,
    });
    response.body.resume();
    at = client.location(response);
    offset += chunk.length;
    pending = [];
    pendingBytes = 0;
  };
  for await (const piece of await open()) {
    let buffer = piece as Buffer;
    while (buffer.length > 0) {
      const take = Math.min(buffer.length, chunkSize - pendingBytes);
      pending.push(buffer.subarray(0, take));
      pendingBytes += take;
      buffer = buffer.subarray(take);
      if (pendingBytes === chunkSize) await flush();
    }
  }
  await flush();
  await commit(client, at, digest);
}

async function commit(client: RegistryClient, location: string, digest: Digest): Promise<void> {
  const response = await client.call({
    method: 'PUT',
    target: withDigest(location, digest),
    headers: { 'content-length': '0' },
    body: Buffer.alloc(0),
    ok: [201],
    noRetry: true,
  });
  response.body.resume();
}
