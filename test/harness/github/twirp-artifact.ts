// The artifact service, v4 (reference/actions-runtime.md §7.3): create, upload to blob storage, finalize,
// list, sign a download URL, delete. Artifact names are unique per workflow run.
import type { FakeApp } from './app.js';
import { json } from './http.js';
import type { ArtifactRecord } from './state.js';
import { field, type TwirpCall, twirpError, twirpMethod } from './twirp.js';

/** Registers CreateArtifact, FinalizeArtifact, ListArtifacts, GetSignedArtifactURL and DeleteArtifact. */
export function artifactService(app: FakeApp): void {
  const { state, blobs } = app;
  /** The caller's run from the body; a token for another run may not touch it. */
  const runOf = ({ body, scope }: TwirpCall) => {
    const run = field(body, 'workflow_run_backend_id');
    return run === scope.runBackendId ? run : undefined;
  };
  const named = (run: string, name: string, finalized: boolean) =>
    state.artifacts.find((a) => a.runBackendId === run && a.name === name && a.finalized === finalized);

  twirpMethod(app, 'ArtifactService', 'CreateArtifact', (call) => {
    const run = runOf(call);
    if (!run) return twirpError('permission_denied', 'the runtime token is for another workflow run');
    const name = field(call.body, 'name');
    if (!name) return twirpError('invalid_argument', 'name is required');
    if (named(run, name, true))
      return twirpError('already_exists', `an artifact named ${name} already exists`);
    const id = state.nextId();
    const mimeType = field(call.body, 'mime_type') || 'application/zip';
    const artifact: ArtifactRecord = {
      id,
      runBackendId: run,
      jobBackendId: field(call.body, 'workflow_job_run_backend_id'),
      name,
      mimeType,
      blob: `/devstoreaccount1/actions-results/${id}/${encodeURIComponent(name)}${mimeType === 'application/zip' ? '.zip' : ''}`,
      createdAt: new Date().toISOString(),
      expiresAt: field(call.body, 'expires_at') || null,
      finalized: false,
      size: 0,
      digest: null,
    };
    state.artifacts.push(artifact);
    return json(200, { ok: true, signed_upload_url: blobs.signedUrl(artifact.blob) });
  });
  twirpMethod(app, 'ArtifactService', 'FinalizeArtifact', (call) => {
    const run = runOf(call);
    if (!run) return twirpError('permission_denied', 'the runtime token is for another workflow run');
    const artifact = named(run, field(call.body, 'name'), false);
    if (!artifact) return twirpError('not_found', 'no artifact of that name is being uploaded');
    const data = blobs.read(artifact.blob);
    const size = Number(field(call.body, 'size'));
    if (!data || data.length !== size)
      return twirpError('invalid_argument', `uploaded ${data?.length ?? 0} bytes, finalize says ${size}`);
    artifact.finalized = true;
    artifact.size = size;
    artifact.digest = field(call.body, 'hash') || null;
    return json(200, { ok: true, artifact_id: String(artifact.id) });
  });
  twirpMethod(app, 'ArtifactService', 'ListArtifacts', (call) => {
    const run = runOf(call);
    if (!run) return twirpError('permission_denied', 'the runtime token is for another workflow run');
    const nameFilter = field(call.body, 'name_filter');
    const idFilter = field(call.body, 'id_filter');
    const artifacts = state.artifacts
      .filter((a) => a.finalized && a.runBackendId === run)
      .filter((a) => (!nameFilter || a.name === nameFilter) && (!idFilter || String(a.id) === idFilter))
      .map((a) => ({
        workflow_run_backend_id: a.runBackendId,
        workflow_job_run_backend_id: a.jobBackendId,
        database_id: String(a.id),
        name: a.name,
        size: String(a.size),
        created_at: a.createdAt,
        ...(a.digest ? { digest: a.digest } : {}),
      }));
    return json(200, { artifacts });
  });
  twirpMethod(app, 'ArtifactService', 'GetSignedArtifactURL', (call) => {
    const run = runOf(call);
    if (!run) return twirpError('permission_denied', 'the runtime token is for another workflow run');
    const artifact = named(run, field(call.body, 'name'), true);
    if (!artifact) return twirpError('not_found', 'artifact not found');
    return json(200, { signed_url: blobs.signedUrl(artifact.blob) });
  });
  twirpMethod(app, 'ArtifactService', 'DeleteArtifact', (call) => {
    const run = runOf(call);
    if (!run) return twirpError('permission_denied', 'the runtime token is for another workflow run');
    const artifact = named(run, field(call.body, 'name'), true);
    if (!artifact) return twirpError('not_found', 'artifact not found');
    state.artifacts.splice(state.artifacts.indexOf(artifact), 1);
    blobs.delete(artifact.blob);
    return json(200, { ok: true, artifact_id: String(artifact.id) });
  });
}
