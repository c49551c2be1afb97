import { parseReleaseRecord, type ReleaseRecord } from '../../core/release/record.js';
import type { GitHubClient } from './client.js';

export interface ReleaseAsset {
  readonly id: number;
  readonly name: string;
  readonly size: number;
  readonly digest?: string | null;
}

/** The fields of a GitHub release mlci reads. */
export interface GitHubRelease {
  readonly id: number;
  readonly tag_name: string;
  readonly draft: boolean;
  readonly prerelease: boolean;
  readonly body: string | null;
  readonly html_url: string;
  readonly upload_url: string;
  readonly author?: { readonly login?: string } | null;
  readonly assets: readonly ReleaseAsset[];
}

/** A stored record with the release it is attached to. */
export interface StoredRecord {
  readonly release: GitHubRelease;
  readonly record: ReleaseRecord;
}

export interface Repo {
  readonly owner: string;
  readonly repo: string;
}

/** Releases are listed 100 a page; 100 pages is 10,000 releases, far beyond any model's history. */
const MAX_PAGES = 100;
/** Record downloads in flight at once. */
const PARALLEL = 8;

/** Every release of the repository, newest first, over all pages. */
export function listReleases(client: GitHubClient, repo: Repo): Promise<GitHubRelease[]> {
  return client.paginate<GitHubRelease>('GET /repos/{owner}/{repo}/releases', { ...repo }, 'releases', {
    maxPages: MAX_PAGES,
    permission: 'contents: read',
  });
}

/** An asset's bytes, through GitHub's 302 to storage. */
export async function downloadAsset(client: GitHubClient, repo: Repo, id: number): Promise<Buffer> {
  const bytes = await client.download(
    'GET /repos/{owner}/{repo}/releases/assets/{asset_id}',
    { ...repo, asset_id: id },
    { accept: 'application/octet-stream', permission: 'contents: read', maxBytes: 64 * 1024 * 1024 },
  );
  return Buffer.from(bytes);
}

/**
 * The release records of every published release carrying the asset `asset`, in listing order, and
 * the releases whose asset is not a record (`skipped`, with the reason, for a warning). Drafts and
 * prereleases are not production.
 */
export async function readRecords(
  client: GitHubClient,
  repo: Repo,
  asset: string,
  releases?: readonly GitHubRelease[],
): Promise<{ records: StoredRecord[]; skipped: string[]; drafts: GitHubRelease[] }> {
  const all = releases ?? (await listReleases(client, repo));
  const carrying = all.filter((r) => !r.draft && !r.prerelease && r.assets.some((a) => a.name === asset));
  const results: (StoredRecord | string)[] = new Array(carrying.length);
  let next = 0;
  const worker = async () => {
    while (next < carrying.length) {
      const index = next++;
      const release = carrying[index]!;
      const text = (
        await downloadAsset(client, repo, release.assets.find((a) => a.name === asset)!.id)
      ).toString('utf8');
      const record = parseReleaseRecord(text);
      results[index] =
        typeof record === 'string' ? `release ${release.tag_name}: ${asset} ${record}` : { release, record };
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, carrying.length) }, worker));
  return {
    records: results.filter((r): r is StoredRecord => typeof r !== 'string'),
    skipped: results.filter((r): r is string => typeof r === 'string'),
    drafts: all.filter((r) => r.draft),
  };
}
