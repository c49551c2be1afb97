// What the fake GitHub knows, as plain records tests can seed and inspect. Responses are rendered from
// these records by the route files, so a test asserts on meaning (a comment's body), not on JSON shapes.

export interface CommentRecord {
  readonly id: number;
  readonly repo: string;
  readonly issueNumber: number;
  body: string;
  readonly user: string;
  readonly createdAt: string;
  updatedAt: string;
}

export interface IssueRecord {
  readonly id: number;
  readonly repo: string;
  readonly number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  labels: string[];
  assignees: string[];
  readonly user: string;
  readonly createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface PullFileRecord {
  readonly repo: string;
  readonly pullNumber: number;
  readonly filename: string;
  readonly status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  readonly additions: number;
  readonly deletions: number;
  readonly patch?: string;
}

export interface ReviewRecord {
  readonly id: number;
  readonly repo: string;
  readonly pullNumber: number;
  readonly user: string;
  readonly body: string;
  readonly state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'PENDING';
  readonly commitId: string;
  readonly submittedAt: string;
}

export interface ReviewCommentRecord {
  readonly id: number;
  readonly repo: string;
  readonly pullNumber: number;
  readonly reviewId: number | null;
  body: string;
  readonly path: string;
  readonly line?: number;
  readonly side?: 'LEFT' | 'RIGHT';
  readonly commitId: string;
  readonly user: string;
  readonly createdAt: string;
  updatedAt: string;
}

export interface CheckRunRecord {
  readonly id: number;
  readonly repo: string;
  name: string;
  readonly headSha: string;
  status: string;
  conclusion: string | null;
  startedAt: string;
  completedAt: string | null;
  externalId: string;
  detailsUrl: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: Record<string, unknown>[];
  /** Slug of the GitHub App that created the run (`github-actions` for GITHUB_TOKEN); none when seeded. */
  app?: string;
}

export interface StatusRecord {
  readonly id: number;
  readonly repo: string;
  readonly sha: string;
  readonly state: 'error' | 'failure' | 'pending' | 'success';
  readonly description: string | null;
  readonly targetUrl: string | null;
  readonly context: string;
  readonly creator: string;
  readonly createdAt: string;
}

export interface ReleaseRecord {
  readonly id: number;
  readonly repo: string;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  makeLatest: boolean;
  readonly author: string;
  readonly createdAt: string;
  publishedAt: string | null;
}

export interface AssetRecord {
  readonly id: number;
  readonly repo: string;
  readonly releaseId: number;
  name: string;
  label: string | null;
  readonly contentType: string;
  readonly data: Buffer;
  readonly uploader: string;
  readonly createdAt: string;
  updatedAt: string;
}

export interface DeploymentRecord {
  readonly id: number;
  readonly repo: string;
  readonly sha: string;
  readonly ref: string;
  readonly task: string;
  readonly environment: string;
  readonly payload: Record<string, unknown> | string;
  readonly description: string | null;
  readonly creator: string;
  readonly createdAt: string;
  readonly transientEnvironment: boolean;
  readonly productionEnvironment: boolean;
}

export interface DeploymentStatusRecord {
  readonly id: number;
  readonly repo: string;
  readonly deploymentId: number;
  readonly state: string;
  readonly description: string;
  readonly targetUrl: string;
  readonly logUrl: string;
  readonly environment: string;
  readonly environmentUrl: string;
  readonly creator: string;
  readonly createdAt: string;
}

export interface WorkflowRunRecord {
  readonly id: number;
  readonly repo: string;
  /** The results service's id of the run (the `scp` claim of the runtime token). */
  readonly backendId: string;
  readonly name: string;
  readonly path: string;
  readonly workflowId: number;
  readonly headBranch: string;
  readonly headSha: string;
  readonly event: string;
  status: string;
  conclusion: string | null;
  readonly runNumber: number;
  readonly actor: string;
  readonly createdAt: string;
  readonly pullRequests: readonly number[];
}

export interface CacheEntryRecord {
  readonly id: number;
  readonly key: string;
  readonly version: string;
  /** Path of the entry's blob in the blob store. */
  readonly blob: string;
  finalized: boolean;
  size: number;
  readonly createdAt: string;
}

export interface ArtifactRecord {
  readonly id: number;
  readonly runBackendId: string;
  readonly jobBackendId: string;
  readonly name: string;
  readonly mimeType: string;
  readonly blob: string;
  readonly createdAt: string;
  readonly expiresAt: string | null;
  finalized: boolean;
  size: number;
  digest: string | null;
}

/** A pull request (seeded by tests); a push to its branch is a new `headSha`. */
export interface PullRequestRecord {
  readonly repo: string;
  readonly number: number;
  headSha: string;
  readonly headRef: string;
  /** `owner/name` the head branch lives in (another one for a fork). */
  readonly headRepo: string;
  readonly baseRef: string;
  state: 'open' | 'closed';
  readonly user: string;
  readonly title: string;
}

export interface ReactionRecord {
  readonly id: number;
  readonly repo: string;
  readonly commentId: number;
  readonly content: string;
  readonly user: string;
  readonly createdAt: string;
}

/** A reviewer's decision on a run's protected environments (GET /actions/runs/{run_id}/approvals). */
export interface ApprovalRecord {
  readonly runId: number;
  readonly user: string;
  readonly state: 'approved' | 'rejected' | 'pending';
  readonly comment: string;
  readonly environments: readonly string[];
}

/** Everything the fake holds; arrays in creation order. */
export interface FakeState {
  readonly comments: CommentRecord[];
  readonly issues: IssueRecord[];
  readonly pullFiles: PullFileRecord[];
  readonly reviews: ReviewRecord[];
  readonly reviewComments: ReviewCommentRecord[];
  readonly checkRuns: CheckRunRecord[];
  readonly statuses: StatusRecord[];
  readonly releases: ReleaseRecord[];
  readonly assets: AssetRecord[];
  readonly deployments: DeploymentRecord[];
  readonly deploymentStatuses: DeploymentStatusRecord[];
  readonly workflowRuns: WorkflowRunRecord[];
  readonly caches: CacheEntryRecord[];
  readonly artifacts: ArtifactRecord[];
  readonly approvals: ApprovalRecord[];
  /** Repository permission of each login ('admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none'). */
  readonly permissions: Map<string, string>;
  /** Token → login of the user it authenticates. */
  readonly tokens: Map<string, string>;
  readonly pulls: PullRequestRecord[];
  readonly reactions: ReactionRecord[];
  /** `POST …/actions/runs/{id}/rerun-failed-jobs` calls, by run id. */
  readonly reruns: number[];
}

/** An empty state with one counter for ids, so ids are unique across kinds as GitHub's look. */
export function emptyState(): FakeState & { nextId(): number } {
  let id = 1000;
  return {
    comments: [],
    issues: [],
    pullFiles: [],
    reviews: [],
    reviewComments: [],
    checkRuns: [],
    statuses: [],
    releases: [],
    assets: [],
    deployments: [],
    deploymentStatuses: [],
    workflowRuns: [],
    caches: [],
    artifacts: [],
    approvals: [],
    permissions: new Map(),
    tokens: new Map(),
    pulls: [],
    reactions: [],
    reruns: [],
    nextId: () => ++id,
  };
}
