import { createHash } from 'node:crypto';

/** A content address as registries spell it: `sha256:` and 64 lowercase hex digits. */
export type Digest = `sha256:${string}`;

const DIGEST = /^sha256:[a-f0-9]{64}$/;

/** The sha256 digest of some bytes. */
export function sha256(bytes: Uint8Array | string): Digest {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** True if `text` is a well-formed sha256 digest (the only algorithm mlci writes or accepts). */
export function isDigest(text: string): text is Digest {
  return DIGEST.test(text);
}

/** The hex part of a digest, as used in `blobs/sha256/<hex>` paths. */
export function hexOf(digest: Digest): string {
  return digest.slice('sha256:'.length);
}
