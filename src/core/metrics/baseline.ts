import { messageOf } from '../errors.js';

/** Where a baseline can come from, in the order a user may set. */
export const BASELINE_SOURCES = ['file', 'release', 'artifact', 'git'] as const;
export type BaselineSourceName = (typeof BASELINE_SOURCES)[number];

/** A file a source produced, by the name it had there. */
export interface NamedText {
  readonly name: string;
  readonly text: string;
}

/** What a source found: the metrics document, per-example predictions when it has them, and its provenance. */
export interface BaselineFound {
  readonly metrics?: NamedText;
  readonly predictions?: NamedText;
  /** Provenance shown in the report: release tag, run id and SHA, merge-base, file path … */
  readonly detail: Readonly<Record<string, string | number>>;
}

/** One place to look. `find` returns a reason string when there is nothing there. */
export interface BaselineSource {
  readonly name: BaselineSourceName;
  find(): Promise<BaselineFound | string>;
}

/** What was searched, for the report ("no baseline found (searched: …)"). */
export interface SearchStep {
  readonly source: BaselineSourceName;
  readonly outcome: 'found' | 'not-found' | 'error' | 'skipped';
  readonly reason: string;
}

export interface ResolvedBaseline {
  readonly source?: BaselineSourceName;
  readonly found?: BaselineFound;
  readonly searched: readonly SearchStep[];
}

/**
 * Tries the sources in order; the first that finds something wins. A source that fails (an API error
 * after retries, a missing permission, an expired artifact) is recorded and the next one is tried:
 * the baseline fails over rather than failing the job.
 */
export async function resolveBaseline(
  order: readonly BaselineSourceName[],
  sources: ReadonlyMap<BaselineSourceName, BaselineSource>,
): Promise<ResolvedBaseline> {
  const searched: SearchStep[] = [];
  for (const name of order) {
    const source = sources.get(name);
    if (!source) {
      searched.push({ source: name, outcome: 'skipped', reason: 'not configured' });
      continue;
    }
    try {
      const result = await source.find();
      if (typeof result === 'string') {
        searched.push({ source: name, outcome: 'not-found', reason: result });
        continue;
      }
      searched.push({ source: name, outcome: 'found', reason: describeDetail(result.detail) });
      return { source: name, found: result, searched };
    } catch (thrown) {
      searched.push({ source: name, outcome: 'error', reason: messageOf(thrown) });
    }
  }
  return { searched };
}

function describeDetail(detail: Readonly<Record<string, string | number>>): string {
  return Object.entries(detail)
    .map(([key, value]) => `${key} ${value}`)
    .join(', ');
}
