import { createHash } from 'node:crypto';

/**
 * A hidden HTML comment by which mlci finds what it posted before: the sticky PR comment (keyed by
 * workflow, job and matrix values), an incident issue (model and finding), a recorded acceptance.
 * The key parts may be untrusted (job names, matrix values), so only their hash reaches the body,
 * and the marker is inert in markdown. Anyone can paste a marker: callers also check the author.
 */
export function marker(kind: string, ...parts: readonly string[]): string {
  if (!/^[a-z][a-z0-9-]{0,39}$/.test(kind)) throw new Error(`marker kind ${JSON.stringify(kind)}`);
  const key = createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 20);
  return `<!-- mlci:${kind}:${key} -->`;
}

/** Whether a body carries the marker on a line of its own (not quoted, not inside other text). */
export function hasMarker(body: string | null | undefined, mark: string): boolean {
  if (!body) return false;
  return body.split(/\r\n|\r|\n/).some((line) => line.trim() === mark);
}
