import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DataError, UsageError } from '../../core/errors.js';
import { formatReference, parseReference } from '../../core/image/reference.js';
import {
  type Candidate,
  type CandidateImage,
  compareRebuild,
  readCandidate,
  readImageReport,
} from '../../core/release/candidate.js';
import { findCandidateArtifact } from '../../platform/github/candidate-artifact.js';
import type { ActionIO } from '../../platform/io.js';
import { pullArtifact } from '../../platform/registry/promote.js';
import type { ReleaseContext } from './context.js';
import type { ReleaseInputs } from './inputs.js';

/** The candidate with its image known, and where it came from. */
export interface FoundCandidate extends Candidate {
  readonly image: CandidateImage;
  readonly source: string;
  readonly buildRun: { readonly id: number; readonly url: string | null } | null;
}

/**
 * What was reviewed for `commit`: the artifact of the run that built it; its image may instead be
 * named by `candidate-image` (resolved to a digest in the registry). Without an image the error names
 * everything searched.
 */
export async function findCandidate(
  io: ActionIO,
  ctx: ReleaseContext,
  inputs: ReleaseInputs,
  commit: string,
): Promise<FoundCandidate> {
  const name = inputs['candidate-artifact'];
  const found = await findCandidateArtifact(ctx.github, ctx.repo, commit, name, inputs.workflow);
  const searched = [`artifact ${name}: ${typeof found === 'string' ? found : `run ${found.run.id}`}`];
  const candidate = typeof found === 'string' ? undefined : readCandidate(found.files);
  let image = candidate?.image;
  let source = typeof found === 'string' ? '' : `artifact ${name} of run ${found.run.id}`;
  if (!image && inputs['candidate-image']) {
    image = await imageInRegistry(ctx, inputs['candidate-image']);
    source = source ? `${source}; image ${inputs['candidate-image']}` : `image ${inputs['candidate-image']}`;
  } else if (!image) {
    searched.push(
      typeof found === 'string'
        ? 'input candidate-image: not given'
        : `the artifact has no mlci/image-report`,
    );
  }
  if (!image) {
    throw new DataError(
      `no release candidate for commit ${commit.slice(0, 12)} (searched: ${searched.join('; ')})`,
      {
        hint: 'upload the build’s image report, run record and predictions as the candidate artifact on the default branch, or set `candidate-image`',
      },
    );
  }
  if (image.revision && image.revision !== commit) {
    throw new DataError(
      `the candidate image ${image.reference} was built from ${image.revision.slice(0, 12)}, not the tagged commit ${commit.slice(0, 12)}`,
      {
        hint: 'release the commit that was built, or rebuild that commit on the default branch',
      },
    );
  }
  io.log.info(`candidate ${image.reference} from ${source}`);
  return {
    ...(candidate ?? { fingerprints: { run: null, model: null, data: null } }),
    image,
    source,
    buildRun: typeof found === 'string' ? null : found.run,
  };
}

/** The image a reference names, by digest, with its layer digests (for naming a differing layer). */
async function imageInRegistry(ctx: ReleaseContext, text: string): Promise<CandidateImage> {
  const ref = parseReference(text, 'candidate-image');
  if (!ref.digest && !ref.tag) throw new UsageError(`candidate-image "${text}" needs a tag or a digest`);
  const artifact = await pullArtifact(await ctx.registry(ref.registry), ref);
  const digest = artifact.manifest.descriptor.digest;
  const images = artifact.kind === 'index' ? artifact.images : [artifact];
  return {
    reference: `${formatReference({ ...ref, tag: undefined, digest: undefined })}@${digest}`,
    digest,
    layers: images.flatMap((image) =>
      image.layers.map((l, i) => ({ name: `layer ${i + 1}`, role: '', digest: l.descriptor.digest })),
    ),
  };
}

/**
 * The rebuild check: the `rebuild-report` image must have the candidate's digest. Returns the
 * rebuild's digest for the record, or fails naming the first layer that differs.
 */
export async function checkRebuild(
  io: ActionIO,
  inputs: ReleaseInputs,
  candidate: CandidateImage,
): Promise<{ digest: string; identical: boolean } | null> {
  const path = inputs['rebuild-report'];
  if (!path) return null;
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, path), 'utf8');
  } catch (cause) {
    throw new UsageError(`cannot read ${path} (input \`rebuild-report\`)`, { cause });
  }
  const rebuilt = readImageReport({ name: path, text });
  const difference = compareRebuild(candidate, rebuilt);
  if (difference) {
    throw new DataError(`the rebuild is not the reviewed image: ${difference}`, {
      hint: 'the release promotes only the reviewed digest; make the build reproducible (source-date-epoch, pinned base by digest, same inputs) and tag again',
    });
  }
  io.log.info(`rebuild reproduced ${candidate.digest} exactly (reproducibility proof)`);
  return { digest: rebuilt.digest, identical: true };
}
