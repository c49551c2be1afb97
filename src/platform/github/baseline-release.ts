import type { BaselineFound, BaselineSource } from '../../core/metrics/baseline.js';
import type { GitHubClient } from './client.js';

interface Release {
  id: number;
  tag_name: string;
  draft: boolean;
  prerelease: boolean;
  assets: { id: number; name: string }[];
}

export interface ReleaseSourceOptions {
  readonly owner: string;
  readonly repo: string;
  /** Asset holding the production record (kind "mlci/release-record"). */
  readonly asset: string;
}

/**
 * The production record written by the release action: the newest published (not draft, not
 * prerelease) release carrying the record asset. GitHub lists releases newest first by creation; we do
 * not use /releases/latest, whose "latest" is by the tagged commit's date (reference §3.1).
 */
export function releaseSource(client: GitHubClient, options: ReleaseSourceOptions): BaselineSource {
  const { owner, repo } = options;
  return {
    name: 'release',
    async find() {
      const releases = await client.paginate<Release>(
        'GET /repos/{owner}/{repo}/releases',
        { owner, repo },
        'releases',
        {
          maxPages: 3,
          permission: 'contents: read',
        },
      );
      const release = releases.find(
        (r) => !r.draft && !r.prerelease && r.assets.some((a) => a.name === options.asset),
      );
      if (!release) return `no published release carries an asset named ${options.asset}`;
      const recordAsset = release.assets.find((a) => a.name === options.asset)!;
      const text = await asset(client, owner, repo, recordAsset.id);
      const found: BaselineFound = {
        metrics: { name: options.asset, text },
        detail: { release: release.tag_name, asset: options.asset },
      };
      const predictionsName = predictionsAssetOf(text);
      const predictionsAsset = predictionsName
        ? release.assets.find((a) => a.name === predictionsName)
        : undefined;
      if (!predictionsAsset) return found;
      return {
        ...found,
        predictions: {
          name: predictionsAsset.name,
          text: await asset(client, owner, repo, predictionsAsset.id),
        },
      };
    },
  };
}

async function asset(client: GitHubClient, owner: string, repo: string, id: number): Promise<string> {
  const bytes = await client.download(
    'GET /repos/{owner}/{repo}/releases/assets/{asset_id}',
    { owner, repo, asset_id: id },
    { accept: 'application/octet-stream', permission: 'contents: read' },
  );
  return Buffer.from(bytes).toString('utf8');
}

/** `predictions.asset` (or a plain string `predictions`) of a release record, without trusting its shape. */
function predictionsAssetOf(text: string): string | undefined {
  try {
    const record = JSON.parse(text) as { predictions?: unknown };
    const p = record.predictions;
    if (typeof p === 'string') return p;
    if (p && typeof p === 'object' && typeof (p as { asset?: unknown }).asset === 'string')
      return (p as { asset: string }).asset;
  } catch {
    // Not JSON: the metrics parser reports it with a position.
  }
  return undefined;
}
