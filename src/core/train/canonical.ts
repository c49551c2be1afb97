import { createHash } from 'node:crypto';
import { byCodeUnits } from '../text/order.js';

/** A JSON value that can be encoded canonically. */
export type Canonical =
  | null
  | boolean
  | number
  | string
  | readonly Canonical[]
  | { readonly [key: string]: Canonical };

/**
 * The canonical encoding fingerprints are computed over: JSON with object keys sorted by UTF-16 code
 * units, no whitespace, and ECMAScript number serialisation: the JSON Canonicalization Scheme (RFC 8785)
 * for the values mlci produces. Non-finite numbers and undefined are refused, not silently dropped, so
 * two different inputs can never encode alike.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`cannot encode ${value} canonically`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => byCodeUnits(a, b));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  throw new TypeError(`cannot encode a ${typeof value} canonically`);
}

/** Lowercase hex SHA-256 of a string's UTF-8 bytes. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
