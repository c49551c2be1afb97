import { UsageError } from '../../core/errors.js';
import { productionHistory } from '../../core/release/history.js';
import type { GitHubClient } from '../../platform/github/client.js';
import { readRecords, type Repo, type StoredRecord } from '../../platform/github/release-records.js';
import type { Logger } from '../../platform/io.js';

/**
 * Production history from the releases, newest first (by `releasedAt`), for one model when given.
 * A release whose record asset is not a valid record is skipped with a warning: it is not evidence.
 * A draft release of `draftTag` (the tag about to be released) is a usage error.
 */
export async function loadHistory(
  github: GitHubClient,
  repo: Repo,
  asset: string,
  model: string | undefined,
  log: Logger,
  draftTag?: string,
): Promise<StoredRecord[]> {
  const { records, skipped, drafts } = await readRecords(github, repo, asset);
  const draft = drafts.find((r) => r.tag_name === draftTag);
  if (draft) {
    // Checked before anything moves: GitHub would refuse the release of this tag after the promotion.
    throw new UsageError(
      `a draft release of ${draftTag} exists (${draft.html_url}); mlci attaches the record to a published release`,
      {
        hint: 'publish the draft (its notes become the "why") or delete it, then re-run',
      },
    );
  }
  for (const reason of skipped) log.warning(`skipped ${reason}`);
  const ordered = productionHistory(
    records.map((r) => r.record),
    model,
  );
  return ordered.map((record) => records.find((r) => r.record === record)!);
}
