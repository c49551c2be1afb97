import { UsageError } from '../../core/errors.js';
import { GitHubError } from './errors.js';
import type { GitHubClient } from './client.js';
import { postOnce } from './marked.js';
import { downloadAsset, type GitHubRelease, listReleases, type Repo } from './release-records.js';

export interface ReleaseFields {
  readonly tag: string;
  /** Commit the tag points at (a new tag is created there). */
  readonly commit: string;
  readonly name: string;
  /** Body for a release mlci creates; an existing release keeps its notes (they are the "why"). */
  readonly body: string;
  /** `make_latest` for a release mlci creates. */
  readonly makeLatest: boolean;
}

/** The published release of `tag`, or undefined. */
export async function releaseByTag(
  client: GitHubClient,
  repo: Repo,
  tag: string,
): Promise<GitHubRelease | undefined> {
  try {
    return await client.get<GitHubRelease>(
      'GET /repos/{owner}/{repo}/releases/tags/{tag}',
      { ...repo, tag },
      'contents: read',
    );
  } catch (thrown) {
    if (thrown instanceof GitHubError && thrown.status === 404) return undefined;
    throw thrown;
  }
}

/**
 * The release of `tag`, created if missing. A creating POST whose outcome is unknown looks the release
 * up before trying again, so a rerun or a retry never makes a second one; a 422 "already exists" (a
 * concurrent run won) is answered with the existing release.
 */
export async function ensureRelease(
  client: GitHubClient,
  repo: Repo,
  fields: ReleaseFields,
): Promise<GitHubRelease> {
  const existing = await releaseByTag(client, repo, fields.tag);
  if (existing) return existing;
  try {
    return await postOnce<GitHubRelease>(
      client,
      'POST /repos/{owner}/{repo}/releases',
      {
        ...repo,
        tag_name: fields.tag,
        target_commitish: fields.commit,
        name: fields.name,
        body: fields.body,
        make_latest: fields.makeLatest ? 'true' : 'false',
      },
      () => releaseByTag(client, repo, fields.tag),
      { permission: 'contents: write' },
    );
  } catch (thrown) {
    if (!(thrown instanceof GitHubError) || thrown.status !== 422) throw thrown;
    const raced = await releaseByTag(client, repo, fields.tag);
    if (raced) return raced;
    // GitHub does not find drafts by tag, but refuses a second release of the tag.
    const draft = (await listReleases(client, repo)).find((r) => r.draft && r.tag_name === fields.tag);
    if (draft) {
      throw new UsageError(
        `a draft release of ${fields.tag} exists (${draft.html_url}); mlci attaches the record to a published release`,
        {
          hint: 'publish the draft (its notes become the "why") or delete it, then re-run',
          cause: thrown,
        },
      );
    }
    throw thrown;
  }
}

/** The assets of a release as GitHub lists them now. */
async function assetsOf(client: GitHubClient, repo: Repo, release: GitHubRelease) {
  return client.paginate<{ id: number; name: string; size: number }>(
    'GET /repos/{owner}/{repo}/releases/{release_id}/assets',
    { ...repo, release_id: release.id },
    'assets',
    { maxPages: 10, permission: 'contents: read' },
  );
}

/**
 * Puts `bytes` as the asset `name` of `release`, idempotently: an asset with the same bytes is kept,
 * one with other bytes is replaced (GitHub refuses a second asset of the same name). An upload whose
 * outcome is unknown is looked up before trying again. Returns what happened.
 */
export async function putAsset(
  client: GitHubClient,
  repo: Repo,
  release: GitHubRelease,
  name: string,
  bytes: Buffer,
  contentType: string,
): Promise<'kept' | 'uploaded' | 'replaced'> {
  const current = (await assetsOf(client, repo, release)).find((a) => a.name === name);
  if (
    current &&
    current.size === bytes.length &&
    (await downloadAsset(client, repo, current.id)).equals(bytes)
  )
    return 'kept';
  if (current) {
    await client.write(
      'DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}',
      { ...repo, asset_id: current.id },
      { permission: 'contents: write' },
    );
  }
  // Uploads go to uploads.github.com (GHES: <host>/api/uploads), named by the release's upload_url.
  const baseUrl = release.upload_url.replace(/\/repos\/.*$/, '');
  const find = async () => {
    const found = (await assetsOf(client, repo, release)).find((a) => a.name === name);
    return found && found.size === bytes.length ? found : undefined;
  };
  await postOnce(
    client,
    'POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name}',
    { ...repo, baseUrl, release_id: release.id, name, data: bytes, headers: { 'content-type': contentType } },
    find,
    { permission: 'contents: write' },
  );
  return current ? 'replaced' : 'uploaded';
}
