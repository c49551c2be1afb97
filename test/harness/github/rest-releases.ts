// Releases and release assets. `upload_url` points back at the fake (Octokit's uploadReleaseAsset would
// otherwise go to uploads.github.com: reference/actions-runtime.md §8.1), and assets can be downloaded.
import { createHash } from 'node:crypto';
import { actorOf, type FakeApp, repoOf } from './app.js';
import {
  bodyOf,
  type FakeReply,
  type FakeRequest,
  intParam,
  json,
  noContent,
  notFound,
  paginate,
  validationFailed,
} from './http.js';
import { fill, nodeId, simpleUser } from './shapes.js';
import type { AssetRecord, ReleaseRecord } from './state.js';

function renderAsset(app: FakeApp, asset: AssetRecord): unknown {
  const release = app.state.releases.find((r) => r.id === asset.releaseId);
  return fill(app.shapes, 'release-asset', {
    id: asset.id,
    node_id: nodeId('ReleaseAsset', asset.id),
    url: `${app.base}/repos/${asset.repo}/releases/assets/${asset.id}`,
    browser_download_url: `${app.base}/${asset.repo}/releases/download/${encodeURIComponent(release?.tagName ?? '')}/${encodeURIComponent(asset.name)}`,
    name: asset.name,
    label: asset.label,
    state: 'uploaded',
    content_type: asset.contentType,
    size: asset.data.length,
    digest: `sha256:${createHash('sha256').update(asset.data).digest('hex')}`,
    download_count: 0,
    created_at: asset.createdAt,
    updated_at: asset.updatedAt,
    uploader: simpleUser(app.shapes, asset.uploader),
  });
}

function renderRelease(app: FakeApp, release: ReleaseRecord): unknown {
  const url = `${app.base}/repos/${release.repo}/releases/${release.id}`;
  const tag = encodeURIComponent(release.tagName);
  return fill(app.shapes, 'release', {
    id: release.id,
    node_id: nodeId('Release', release.id),
    url,
    html_url: `${app.base}/${release.repo}/releases/${release.draft ? `untagged-${release.id}` : `tag/${tag}`}`,
    assets_url: `${url}/assets`,
    upload_url: `${url}/assets{?name,label}`,
    tarball_url: `${app.base}/repos/${release.repo}/tarball/${tag}`,
    zipball_url: `${app.base}/repos/${release.repo}/zipball/${tag}`,
    tag_name: release.tagName,
    target_commitish: release.targetCommitish,
    name: release.name,
    body: release.body,
    draft: release.draft,
    prerelease: release.prerelease,
    immutable: false,
    created_at: release.createdAt,
    published_at: release.publishedAt,
    updated_at: release.publishedAt ?? release.createdAt,
    author: simpleUser(app.shapes, release.author),
    assets: app.state.assets.filter((a) => a.releaseId === release.id).map((a) => renderAsset(app, a)),
  });
}

/** GitHub's 422 for a duplicate (a tag's release, an asset name). */
const alreadyExists = (resource: string, field: string): FakeReply =>
  json(422, {
    message: 'Validation Failed',
    documentation_url: 'https://docs.github.com/rest',
    status: '422',
    errors: [{ resource, code: 'already_exists', field }],
  });

/** Registers release and release asset routes, plus the browser download URL of assets. */
export function releaseRoutes(app: FakeApp): void {
  const { router, state } = app;
  const inRepo = (req: FakeRequest) => state.releases.filter((r) => r.repo === repoOf(req));
  const byId = (req: FakeRequest) => inRepo(req).find((r) => r.id === intParam(req.params.release_id));
  const findAsset = (req: FakeRequest) =>
    state.assets.find((a) => a.repo === repoOf(req) && a.id === intParam(req.params.asset_id));
  const apply = (release: ReleaseRecord, body: Record<string, unknown>) => {
    if (typeof body.tag_name === 'string') release.tagName = body.tag_name;
    if (typeof body.target_commitish === 'string') release.targetCommitish = body.target_commitish;
    if (typeof body.name === 'string') release.name = body.name;
    if (typeof body.body === 'string') release.body = body.body;
    if (typeof body.prerelease === 'boolean') release.prerelease = body.prerelease;
    if (typeof body.draft === 'boolean') {
      if (release.draft && !body.draft) release.publishedAt = app.shapes.now();
      release.draft = body.draft;
    }
    if (body.make_latest !== undefined) release.makeLatest = body.make_latest !== 'false';
  };

  router.add('rest', 'GET', '/repos/{owner}/{repo}/releases', (req) =>
    paginate(req, [...inRepo(req)].reverse(), (r) => renderRelease(app, r)),
  );
  router.add('rest', 'POST', '/repos/{owner}/{repo}/releases', (req) => {
    const body = bodyOf(req);
    if (inRepo(req).some((r) => r.tagName === body.tag_name)) return alreadyExists('Release', 'tag_name');
    const release: ReleaseRecord = {
      id: state.nextId(),
      repo: repoOf(req),
      tagName: String(body.tag_name),
      targetCommitish: 'main',
      name: null,
      body: null,
      draft: false,
      prerelease: false,
      makeLatest: true,
      author: actorOf(req),
      createdAt: app.shapes.now(),
      publishedAt: null,
    };
    apply(release, body);
    if (!release.draft) release.publishedAt = release.createdAt;
    state.releases.push(release);
    const rendered = renderRelease(app, release) as { url: string };
    return json(201, rendered, { location: rendered.url });
  });
  router.add('rest', 'GET', '/repos/{owner}/{repo}/releases/latest', (req) => {
    const published = inRepo(req).filter((r) => !r.draft && !r.prerelease && r.makeLatest);
    const latest = published.sort(
      (a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || b.id - a.id,
    )[0];
    return latest ? json(200, renderRelease(app, latest)) : notFound();
  });
  router.add('rest', 'GET', '/repos/{owner}/{repo}/releases/tags/{tag}', (req) => {
    // Drafts have no tag yet: GitHub does not find them by tag.
    const release = inRepo(req).find((r) => r.tagName === req.params.tag && !r.draft);
    return release ? json(200, renderRelease(app, release)) : notFound();
  });
  router.add('rest', 'GET', '/repos/{owner}/{repo}/releases/{release_id}', (req) => {
    const release = byId(req);
    return release ? json(200, renderRelease(app, release)) : notFound();
  });
  router.add('rest', 'PATCH', '/repos/{owner}/{repo}/releases/{release_id}', (req) => {
    const release = byId(req);
    if (!release) return notFound();
    const body = bodyOf(req);
    if (
      typeof body.tag_name === 'string' &&
      inRepo(req).some((r) => r !== release && r.tagName === body.tag_name)
    )
      return alreadyExists('Release', 'tag_name');
    apply(release, body);
    return json(200, renderRelease(app, release));
  });
  router.add('rest', 'DELETE', '/repos/{owner}/{repo}/releases/{release_id}', (req) => {
    const release = byId(req);
    if (!release) return notFound();
    state.releases.splice(state.releases.indexOf(release), 1);
    for (const asset of state.assets.filter((a) => a.releaseId === release.id))
      state.assets.splice(state.assets.indexOf(asset), 1);
    return noContent();
  });

  router.add('rest', 'GET', '/repos/{owner}/{repo}/releases/{release_id}/assets', (req) => {
    const release = byId(req);
    if (!release) return notFound();
    return paginate(
      req,
      state.assets.filter((a) => a.releaseId === release.id),
      (a) => renderAsset(app, a),
    );
  });
  router.add('rest', 'POST', '/repos/{owner}/{repo}/releases/{release_id}/assets', (req) => {
    const release = byId(req);
    if (!release) return notFound();
    const name = req.query.get('name');
    if (!name) return validationFailed('Validation Failed', ['name is required']);
    if (state.assets.some((a) => a.releaseId === release.id && a.name === name))
      return alreadyExists('ReleaseAsset', 'name');
    const now = app.shapes.now();
    const asset: AssetRecord = {
      id: state.nextId(),
      repo: release.repo,
      releaseId: release.id,
      name,
      label: req.query.get('label'),
      contentType: String(req.headers['content-type'] ?? 'application/octet-stream'),
      data: req.raw,
      uploader: actorOf(req),
      createdAt: now,
      updatedAt: now,
    };
    state.assets.push(asset);
    return json(201, renderAsset(app, asset));
  });
  router.add('rest', 'GET', '/repos/{owner}/{repo}/releases/assets/{asset_id}', (req) => {
    const asset = findAsset(req);
    if (!asset) return notFound();
    // With Accept: application/octet-stream GitHub redirects to the bytes (302), as here.
    if (String(req.headers.accept ?? '').includes('application/octet-stream')) {
      return { status: 302, headers: { location: `${app.base}/_fake/assets/${asset.id}` } };
    }
    return json(200, renderAsset(app, asset));
  });
  router.add('rest', 'DELETE', '/repos/{owner}/{repo}/releases/assets/{asset_id}', (req) => {
    const asset = findAsset(req);
    if (!asset) return notFound();
    state.assets.splice(state.assets.indexOf(asset), 1);
    return noContent();
  });

  const bytes = (asset: AssetRecord | undefined): FakeReply =>
    asset
      ? {
          status: 200,
          headers: {
            // Storage serves every asset as bytes, whatever content type it was uploaded with.
            'content-type': 'application/octet-stream',
            'content-disposition': `attachment; filename=${asset.name}`,
          },
          body: asset.data,
        }
      : { status: 404, body: 'Not Found' };
  router.add('web', 'GET', '/_fake/assets/{asset_id}', (req) =>
    bytes(state.assets.find((a) => a.id === intParam(req.params.asset_id))),
  );
  router.add('web', 'GET', '/{owner}/{repo}/releases/download/{tag}/{name}', (req) => {
    const release = inRepo(req).find((r) => r.tagName === req.params.tag);
    return bytes(state.assets.find((a) => a.releaseId === release?.id && a.name === req.params.name));
  });
}
