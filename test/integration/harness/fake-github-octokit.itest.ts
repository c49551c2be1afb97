// The fake against the real client: @actions/github's Octokit, with pagination and release uploads.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { getOctokit } from '@actions/github';
import { type FakeGitHub, startFakeGitHub } from '../../harness/fake-github.js';

let fake: FakeGitHub;
let octokit: ReturnType<typeof getOctokit>;
const owner = 'acme';
const repo = 'widgets';

beforeAll(async () => {
  fake = await startFakeGitHub({ repository: `${owner}/${repo}` });
  octokit = getOctokit(fake.token, { baseUrl: fake.url });
});
afterAll(() => fake.stop());

describe('fake GitHub with @actions/github', () => {
  test('creates, pages through, updates and deletes issue comments', async () => {
    for (let i = 1; i <= 5; i++) {
      const { status, data } = await octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: 7,
        body: `comment ${i}`,
      });
      expect(status).toBe(201);
      expect(data.user?.login).toBe('github-actions[bot]');
      expect(data.html_url).toBe(`${fake.url}/acme/widgets/pull/7#issuecomment-${data.id}`);
    }
    const before = fake.requests.length;
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: 7,
      per_page: 2,
    });
    expect(all.map((c) => c.body)).toEqual(['comment 1', 'comment 2', 'comment 3', 'comment 4', 'comment 5']);
    const pages = fake.requests.slice(before).map((r) => r.query.page ?? '1');
    expect(pages).toEqual(['1', '2', '3']);

    const first = all[0]!;
    const { data: updated } = await octokit.rest.issues.updateComment({
      owner,
      repo,
      comment_id: first.id,
      body: 'edited',
    });
    expect(updated.body).toBe('edited');
    await octokit.rest.issues.deleteComment({ owner, repo, comment_id: all[1]!.id });
    expect(fake.state.comments.map((c) => c.body)).toEqual(['edited', 'comment 3', 'comment 4', 'comment 5']);
    await expect(
      octokit.rest.issues.deleteComment({ owner, repo, comment_id: all[1]!.id }),
    ).rejects.toMatchObject({ status: 404 });
  });

  test('creates a release and uploads an asset through upload_url, then downloads it', async () => {
    const { data: release } = await octokit.rest.repos.createRelease({
      owner,
      repo,
      tag_name: 'v1.0.0',
      name: 'Model v1',
      draft: true,
    });
    expect(release.upload_url).toBe(
      `${fake.url}/repos/acme/widgets/releases/${release.id}/assets{?name,label}`,
    );
    const bytes = Buffer.from('{"accuracy": 0.97}\n');
    const { data: asset, status } = await octokit.request({
      method: 'POST',
      url: release.upload_url,
      name: 'metrics.json',
      label: 'Metrics',
      data: bytes,
      headers: { 'content-type': 'application/json', 'content-length': bytes.length },
    });
    expect(status).toBe(201);
    expect(asset.name).toBe('metrics.json');
    expect(asset.size).toBe(bytes.length);
    expect(asset.digest).toMatch(/^sha256:[0-9a-f]{64}$/);

    // Drafts are not found by tag until published, as on GitHub.
    await expect(octokit.rest.repos.getReleaseByTag({ owner, repo, tag: 'v1.0.0' })).rejects.toMatchObject({
      status: 404,
    });
    await octokit.rest.repos.updateRelease({ owner, repo, release_id: release.id, draft: false });
    const { data: byTag } = await octokit.rest.repos.getReleaseByTag({ owner, repo, tag: 'v1.0.0' });
    expect(byTag.assets.map((a) => a.name)).toEqual(['metrics.json']);
    const { data: latest } = await octokit.rest.repos.getLatestRelease({ owner, repo });
    expect(latest.id).toBe(release.id);

    const download = await octokit.rest.repos.getReleaseAsset({
      owner,
      repo,
      asset_id: asset.id,
      headers: { accept: 'application/octet-stream' },
    });
    expect(Buffer.from(download.data as unknown as ArrayBuffer).toString()).toBe(bytes.toString());
    const browser = await fetch(asset.browser_download_url);
    expect(await browser.text()).toBe(bytes.toString());

    await expect(octokit.rest.repos.createRelease({ owner, repo, tag_name: 'v1.0.0' })).rejects.toMatchObject(
      { status: 422 },
    );
  });

  test('serves check runs, statuses, deployments, issues, PR files and reviews, permissions', async () => {
    const sha = 'a'.repeat(40);
    const { data: check } = await octokit.rest.checks.create({
      owner,
      repo,
      name: 'mlci',
      head_sha: sha,
      status: 'in_progress',
    });
    await octokit.rest.checks.update({
      owner,
      repo,
      check_run_id: check.id,
      conclusion: 'success',
      output: { title: 'ok', summary: 'all good' },
    });
    const { data: checks } = await octokit.rest.checks.listForRef({ owner, repo, ref: sha });
    expect(checks.check_runs.map((c) => [c.name, c.status, c.conclusion])).toEqual([
      ['mlci', 'completed', 'success'],
    ]);

    await octokit.rest.repos.createCommitStatus({ owner, repo, sha, state: 'success', context: 'mlci/gate' });
    const { data: statuses } = await octokit.rest.repos.listCommitStatusesForRef({ owner, repo, ref: sha });
    expect(statuses[0]?.context).toBe('mlci/gate');

    const { data: deployment } = await octokit.rest.repos.createDeployment({
      owner,
      repo,
      ref: sha,
      environment: 'staging',
      payload: { mlci_release: 'v1.0.0' },
      auto_merge: false,
      required_contexts: [],
    });
    if (!('id' in deployment)) throw new Error('expected a deployment');
    await octokit.rest.repos.createDeploymentStatus({
      owner,
      repo,
      deployment_id: deployment.id,
      state: 'success',
    });
    const { data: found } = await octokit.rest.repos.listDeployments({
      owner,
      repo,
      sha,
      environment: 'staging',
    });
    expect(found.map((d) => d.payload)).toEqual([{ mlci_release: 'v1.0.0' }]);

    const { data: issue } = await octokit.rest.issues.create({
      owner,
      repo,
      title: 'Drift detected',
      labels: ['mlci'],
    });
    await octokit.rest.issues.update({ owner, repo, issue_number: issue.number, state: 'closed' });
    const { data: closed } = await octokit.rest.issues.listForRepo({
      owner,
      repo,
      state: 'closed',
      labels: 'mlci',
    });
    expect(closed.map((i) => i.title)).toEqual(['Drift detected']);

    fake.state.pullFiles.push({
      repo: `${owner}/${repo}`,
      pullNumber: 7,
      filename: 'data/train.csv',
      status: 'modified',
      additions: 3,
      deletions: 1,
    });
    const { data: files } = await octokit.rest.pulls.listFiles({ owner, repo, pull_number: 7 });
    expect(files.map((f) => [f.filename, f.changes])).toEqual([['data/train.csv', 4]]);
    await octokit.rest.pulls.createReview({
      owner,
      repo,
      pull_number: 7,
      event: 'COMMENT',
      body: 'drift in column x',
      comments: [{ path: 'data/train.csv', line: 2, body: 'here' }],
    });
    const { data: inline } = await octokit.rest.pulls.listReviewComments({ owner, repo, pull_number: 7 });
    expect(inline.map((c) => [c.path, c.line, c.body])).toEqual([['data/train.csv', 2, 'here']]);

    fake.addUser('maintainer', { permission: 'maintain' });
    const { data: permission } = await octokit.rest.repos.getCollaboratorPermissionLevel({
      owner,
      repo,
      username: 'maintainer',
    });
    expect([permission.permission, permission.role_name]).toEqual(['write', 'maintain']);
    const { data: nobody } = await octokit.rest.repos.getCollaboratorPermissionLevel({
      owner,
      repo,
      username: 'stranger',
    });
    expect(nobody.permission).toBe('none');

    const { data: runs } = await octokit.rest.actions.listWorkflowRunsForRepo({ owner, repo });
    expect(runs.workflow_runs.map((r) => r.id)).toEqual([fake.run.id]);
    expect(fake.violations).toEqual([]);
    expect(fake.unhandled).toEqual([]);
  });
});
