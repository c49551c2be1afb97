// A loopback fake of GitHub for tests: the REST endpoints mlci calls, the Actions cache (v2 twirp) and
// artifact (v4 twirp) services with Azure-like blob storage, per-route faults, a request log, and every
// REST exchange validated against GitHub's OpenAPI description. The real @actions/cache,
// @actions/artifact and @actions/github work through it (test/integration/harness).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FakeApp } from './github/app.js';
import { BlobStore } from './github/blob-store.js';
import { dispatcher, type LoggedRequest, send } from './github/dispatch.js';
import { type FaultHandle, type FaultRule, Faults } from './github/faults.js';
import { githubError, Router } from './github/http.js';
import { sharedValidator, type Violation } from './github/openapi.js';
import { actionsRoutes } from './github/rest-actions.js';
import { approvalRoutes } from './github/rest-approvals.js';
import { checkRoutes } from './github/rest-checks.js';
import { commandRoutes } from './github/rest-commands.js';
import { deploymentRoutes } from './github/rest-deployments.js';
import { issueRoutes } from './github/rest-issues.js';
import { labelRoutes } from './github/rest-labels.js';
import { pullRoutes } from './github/rest-pulls.js';
import { releaseRoutes } from './github/rest-releases.js';
import { userRoutes } from './github/rest-users.js';
import { runtimeToken } from './github/runtime-token.js';
import { fakeSha } from './github/shapes.js';
import { emptyState, type FakeState, type WorkflowRunRecord } from './github/state.js';
import { artifactService } from './github/twirp-artifact.js';
import { cacheService } from './github/twirp-cache.js';
import { storedZip } from './github/zip-writer.js';

export type { LoggedRequest } from './github/dispatch.js';
export type { FaultHandle, FaultRule } from './github/faults.js';
export type { Violation } from './github/openapi.js';
export type * from './github/state.js';

export interface FakeGitHubOptions {
  /** `owner/name` of the repository the workflow runs in. Default `acme/widgets`. */
  readonly repository?: string;
  /** GITHUB_TOKEN handed to actions; it authenticates as github-actions[bot]. */
  readonly token?: string;
  /** GITHUB_RUN_ID of the current run (a workflow run record is created for it). Default 4242. */
  readonly runId?: number;
}

export interface FakeGitHub {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  readonly url: string;
  readonly repository: string;
  readonly token: string;
  /** ACTIONS_RUNTIME_TOKEN for the current run and job. */
  readonly runtimeToken: string;
  /** What the fake holds; tests seed it (push records) and inspect it. */
  readonly state: FakeState;
  /** The current workflow run (GITHUB_RUN_ID): artifacts uploaded with the runtime token belong to it. */
  readonly run: WorkflowRunRecord;
  readonly requests: LoggedRequest[];
  /** OpenAPI violations: invalid requests (answered 422) and invalid fake responses (a bug in the fake). */
  readonly violations: Violation[];
  /** Requests no route handled (answered 404). */
  readonly unhandled: LoggedRequest[];
  /** Injects a fault; see FaultRule. */
  fault(rule: FaultRule): FaultHandle;
  clearFaults(): void;
  /** A new id, unique across every kind of record (for seeding). */
  nextId(): number;
  /** An additional token that authenticates as `login` (for ChatOps tests: who commented). */
  addUser(login: string, options?: { token?: string; permission?: string }): string;
  /**
   * Adds a finished workflow run (another run than the current one: a PR's CI run, say) and returns it;
   * `fields` override the defaults (head SHA, event, conclusion, path, ...).
   */
  seedRun(fields?: Partial<WorkflowRunRecord>): WorkflowRunRecord;
  /** Attaches an artifact named `name` holding `files` (a zip, as upload-artifact makes) to a run. */
  seedArtifact(run: WorkflowRunRecord, name: string, files: Readonly<Record<string, string>>): void;
  /** Variables to hand an action so @actions/* and Octokit talk to this fake. */
  env(): Record<string, string>;
  /** Throws if a response of the fake broke the schema (request violations are the client's, and expected). */
  assertResponsesValid(): void;
  /** Stops the server; rejects if a response of the fake broke the schema, so the test fails loudly. */
  stop(): Promise<void>;
}

/** Starts the fake on 127.0.0.1 with a free port. */
export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const repository = options.repository ?? 'acme/widgets';
  const token = options.token ?? 'ghs_fakeGitHubToken0000000000000000000001';
  const runId = options.runId ?? 4242;
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const state = emptyState();
  state.tokens.set(token, 'github-actions[bot]');
  const runtime = { runBackendId: `run-backend-${runId}`, jobBackendId: `job-backend-${runId}` };
  const router = new Router();
  const shapes = { base, now: () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z') };
  const app: FakeApp = { router, state, shapes, blobs: new BlobStore(base), base, runtime };
  for (const register of [
    issueRoutes,
    pullRoutes,
    checkRoutes,
    releaseRoutes,
    deploymentRoutes,
    actionsRoutes,
    approvalRoutes,
    userRoutes,
    labelRoutes,
    commandRoutes,
  ])
    register(app);
  cacheService(app);
  artifactService(app);
  app.blobs.routes(router);

  const validator = sharedValidator();
  // A route template that is not in GitHub's description is a bug of the fake: fail at start.
  for (const route of router.all())
    if (route.kind === 'rest') validator.operation(route.method, route.template);

  const run: WorkflowRunRecord = {
    id: runId,
    repo: repository,
    backendId: runtime.runBackendId,
    name: 'CI',
    path: '.github/workflows/ci.yml',
    workflowId: 161335,
    headBranch: 'main',
    headSha: fakeSha('main'),
    event: 'push',
    status: 'in_progress',
    conclusion: null,
    runNumber: 7,
    actor: 'octocat',
    createdAt: shapes.now(),
    pullRequests: [],
  };
  state.workflowRuns.push(run);

  const requests: LoggedRequest[] = [];
  const violations: Violation[] = [];
  const unhandled: LoggedRequest[] = [];
  const faults = new Faults();
  const runtimeTokenValue = runtimeToken(runtime.runBackendId, runtime.jobBackendId);

  const handle = dispatcher(app, validator, faults, { requests, violations, unhandled });
  server.on('request', (req, res) => {
    handle(req, res).catch((error: unknown) => {
      process.stderr.write(`fake-github: ${String(error)}\n`);
      if (!res.headersSent) send(res, githubError(500, 'fake-github failed'));
    });
  });

  const responseViolations = () => violations.filter((v) => v.where === 'response');
  const assertResponsesValid = () => {
    const bad = responseViolations();
    if (bad.length) {
      throw new Error(
        `fake-github sent ${bad.length} response(s) that break GitHub's OpenAPI description:\n${bad
          .map((v) => `  ${v.method} ${v.path} ${v.status}: ${v.errors.join('; ')}`)
          .join('\n')}`,
      );
    }
  };

  return {
    url: base,
    repository,
    token,
    runtimeToken: runtimeTokenValue,
    state,
    run,
    requests,
    violations,
    unhandled,
    fault: (rule) => faults.add(rule),
    clearFaults: () => faults.clear(),
    nextId: () => state.nextId(),
    addUser: (login, userOptions = {}) => {
      const userToken = userOptions.token ?? `ghu_${login.replace(/\W/g, '')}${state.nextId()}`;
      state.tokens.set(userToken, login);
      if (userOptions.permission) state.permissions.set(login, userOptions.permission);
      return userToken;
    },
    seedRun: (fields = {}) => {
      const id = state.nextId();
      const seeded: WorkflowRunRecord = {
        ...run,
        id,
        backendId: `run-backend-${id}`,
        status: 'completed',
        conclusion: 'success',
        runNumber: id,
        createdAt: shapes.now(),
        ...fields,
      };
      state.workflowRuns.push(seeded);
      return seeded;
    },
    seedArtifact: (owner, name, files) => {
      const id = state.nextId();
      const blob = `/devstoreaccount1/actions-results/${id}/${encodeURIComponent(name)}.zip`;
      const zip = storedZip(files);
      app.blobs.write(blob, zip);
      state.artifacts.push({
        id,
        runBackendId: owner.backendId,
        jobBackendId: `job-${id}`,
        name,
        mimeType: 'application/zip',
        blob,
        createdAt: shapes.now(),
        expiresAt: null,
        finalized: true,
        size: zip.length,
        digest: null,
      });
    },
    env: () => ({
      GITHUB_API_URL: base,
      // *.localhost: @actions/cache and @actions/artifact treat any other non-github.com host as GHES
      // (cache falls back to v1, artifact refuses). Nothing fetches this URL; links use GITHUB_API_URL's host.
      GITHUB_SERVER_URL: `http://github.localhost:${new URL(base).port}`,
      GITHUB_GRAPHQL_URL: `${base}/graphql`,
      ACTIONS_RESULTS_URL: `${base}/`,
      ACTIONS_RUNTIME_URL: `${base}/`,
      ACTIONS_CACHE_SERVICE_V2: 'true',
      ACTIONS_RUNTIME_TOKEN: runtimeTokenValue,
      GITHUB_TOKEN: token,
      GITHUB_REPOSITORY: repository,
      GITHUB_RUN_ID: String(runId),
    }),
    assertResponsesValid,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      assertResponsesValid();
    },
  };
}
