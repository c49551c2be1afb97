import type { BaselineFound } from '../../core/metrics/baseline.js';
import type { GitHubClient } from './client.js';
import { GitHubError } from './errors.js';

interface Release {
  tag_name: string;
  draft: boolean;
  assets: { id: number; name: string }[];
}

/**
 * The production record of the release tagged `tag` (its asset `asset`, kind mlci/release-record),
 * with the predictions asset the record names, as a baseline; a reason string when there is none.
 */
export async function releaseBaseline(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  tag: string,
  asset: string,
): Promise<BaselineFound | string> {
  let release: Release;
  try {
    release = await client.get<Release>(
      'GET /repos/{owner}/{repo}/releases/tags/{tag}',
      { ...repo, tag },
      'contents: read',
    );
  } catch (thrown) {
    if (thrown instanceof GitHubError && thrown.status === 404)
      return `no published release is tagged ${tag}`;
    throw thrown;
  }
  const record = release.assets.find((a) => a.name === asset);
  if (!record) return `release ${tag} has no asset named ${asset}`;
  const text = await download(client, repo, record.id);
  const predictionsName = predictionsAssetOf(text);
  const predictions = predictionsName ? release.assets.find((a) => a.name === predictionsName) : undefined;
  return {
    metrics: { name: asset, text },
    ...(predictions
      ? { predictions: { name: predictions.name, text: await download(client, repo, predictions.id) } }
      : {}),
    detail: { release: tag, asset },
  };
}

async function download(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  id: number,
): Promise<string> {
  const bytes = await client.download(
    'GET /repos/{owner}/{repo}/releases/assets/{asset_id}',
    { ...repo, asset_id: id },
    { accept: 'application/octet-stream', permission: 'contents: read' },
  );
  return Buffer.from(bytes).toString('utf8');
}

/** `predictions.asset` (or a string `predictions`) of a release record, without trusting its shape. */
function predictionsAssetOf(text: string): string | undefined {
  try {
    const p = (JSON.parse(text) as { predictions?: unknown }).predictions;
    if (typeof p === 'string') return p;
    if (p && typeof p === 'object' && typeof (p as { asset?: unknown }).asset === 'string')
      return (p as { asset: string }).asset;
  } catch {
    // Not JSON: the metrics parser reports it with a position.
  }
  return undefined;
}
