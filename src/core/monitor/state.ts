import type { FindingKind } from './report.js';

/** One run's figures, as the incident remembers them for its trend. */
export interface RunPoint {
  readonly at: string;
  readonly status: 'pass' | 'fail';
  readonly figures: Readonly<Record<string, number>>;
}

/**
 * What an incident issue remembers between scheduled runs, kept in its body (base64 JSON in an HTML
 * comment, so figure names from data cannot end the comment). A human can edit the body, so it is
 * read back defensively: anything malformed starts a fresh state.
 */
export interface IncidentState {
  readonly v: 1;
  readonly kind: FindingKind;
  /** When the incident (this episode of it) started. */
  readonly since: string;
  /** Consecutive passing runs since the last failing one. */
  readonly passes: number;
  /** The failing figures' keys at the last comment: a comment is posted only when they change. */
  readonly signature: string;
  readonly history: readonly RunPoint[];
}

/** Runs of trend kept in the body. */
export const HISTORY_LIMIT = 30;
const STATE = /^<!-- mlci-state: ([A-Za-z0-9+/=]{1,200000}) -->$/m;

export function encodeState(state: IncidentState): string {
  return `<!-- mlci-state: ${Buffer.from(JSON.stringify(state)).toString('base64')} -->`;
}

/** The state kept in an issue body, or undefined when there is none or it was tampered into nonsense. */
export function decodeState(body: string | null | undefined, kind: FindingKind): IncidentState | undefined {
  const match = body ? STATE.exec(body) : null;
  if (!match) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(match[1]!, 'base64').toString('utf8'));
  } catch {
    return undefined;
  }
  const s = value as Partial<IncidentState> | null;
  if (s?.v !== 1 || s.kind !== kind) return undefined;
  if (typeof s.since !== 'string' || Number.isNaN(Date.parse(s.since))) return undefined;
  if (!Number.isSafeInteger(s.passes) || (s.passes as number) < 0) return undefined;
  if (typeof s.signature !== 'string' || !Array.isArray(s.history)) return undefined;
  const history = s.history
    .filter(
      (p): p is RunPoint =>
        !!p &&
        typeof p.at === 'string' &&
        (p.status === 'pass' || p.status === 'fail') &&
        !!p.figures &&
        typeof p.figures === 'object' &&
        Object.values(p.figures).every((x) => typeof x === 'number'),
    )
    .slice(-HISTORY_LIMIT);
  return { v: 1, kind, since: s.since, passes: s.passes as number, signature: s.signature, history };
}
