/**
 * Uploads files as a workflow artifact with the real @actions/artifact (twirp results service; needs
 * ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL, which every job has, fork PRs included). Imported
 * lazily: the library reads the runner's environment when it loads.
 */
export async function uploadArtifact(
  name: string,
  files: readonly string[],
  root: string,
  retentionDays = 5,
): Promise<{ id?: number; size?: number }> {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  return new DefaultArtifactClient().uploadArtifact(name, [...files], root, { retentionDays });
}
