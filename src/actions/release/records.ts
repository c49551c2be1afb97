import { productionHistory } from '../../core/release/history.js';
import type { GitHubClient } from '../../platform/github/client.js';
import { readRecords, type Repo, type StoredRecord } from '../../platform/github/release-records.js';
import type { Logger } from '../../platform/io.js';

/**
 * Production history from the releases, newest first (by `releasedAt`), for one model when given.
 * A release whose record asset is not a valid record is skipped with a warning: it is not evidence.
 */
export async function loadHistory(
  github: GitHubClient,
  repo: Repo,
  asset: string,
  model: string | undefined,
  log: Logger,
): Promise<StoredRecord[]> {
  const { records, skipped } = await readRecords(github, repo, asset);
  for (const reason of skipped) log.warning(`skipped ${reason}`);
  const ordered = productionHistory(
    records.map((r) => r.record),
    model,
  );
  return ordered.map((record) => records.find((r) => r.record === record)!);
}
