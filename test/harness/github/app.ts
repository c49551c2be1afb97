// What every route file of the fake receives.
import type { BlobStore } from './blob-store.js';
import type { FakeRequest, Router } from './http.js';
import type { ShapeContext } from './shapes.js';
import type { FakeState } from './state.js';

export interface FakeApp {
  readonly router: Router;
  readonly state: FakeState & { nextId(): number };
  readonly shapes: ShapeContext;
  readonly blobs: BlobStore;
  /** Base URL of the fake, `http://127.0.0.1:<port>` (no trailing slash). */
  readonly base: string;
  /** Backend ids of the workflow run and job the runtime token is for. */
  readonly runtime: { readonly runBackendId: string; readonly jobBackendId: string };
}

/** `owner/repo` of a REST request. */
export function repoOf(req: FakeRequest): string {
  return `${req.params.owner}/${req.params.repo}`;
}

/** Who made a request: the token's user; GITHUB_TOKEN acts as github-actions[bot]. */
export function actorOf(req: FakeRequest): string {
  return req.user ?? 'github-actions[bot]';
}
