import { resolve } from 'node:path';
import { type Artifact, imagesOf } from '../../core/image/image.js';
import { formatPlatform } from '../../core/image/platform.js';
import { type Reference, repositoryName } from '../../core/image/reference.js';
import type { ImageReport } from '../../core/image/report.js';
import { writeDockerArchive, writeOciLayout } from '../../core/image/sinks.js';
import { writeFileAtomic, writeStreamAtomic } from '../../platform/fs/atomic-write.js';
import type { ActionIO } from '../../platform/io.js';

/** Where to write the image offline: the `oci-layout` and `docker-tar` inputs, relative to the workspace. */
export interface LocalTargets {
  readonly 'oci-layout'?: string;
  readonly 'docker-tar'?: string;
}

/** The offline sinks: an OCI layout directory and/or a `docker load` tarball (first platform). */
export async function writeLocal(
  io: ActionIO,
  inputs: LocalTargets,
  artifact: Artifact,
  ref: Reference | undefined,
  tags: readonly string[],
): Promise<ImageReport['outputs']> {
  const outputs: { ociLayout?: string; dockerTar?: string } = {};
  if (inputs['oci-layout']) {
    const dir = resolve(io.cwd, inputs['oci-layout']);
    await io.log.group(`Writing OCI layout ${dir}`, () =>
      writeOciLayout(dir, artifact, tags.length ? tags : ['latest'], {
        writeFile: writeFileAtomic,
        writeStream: writeStreamAtomic,
      }),
    );
    outputs.ociLayout = inputs['oci-layout'];
  }
  if (inputs['docker-tar']) {
    const file = resolve(io.cwd, inputs['docker-tar']);
    const name = ref ? repositoryName(ref) : 'mlci/image';
    const image = imagesOf(artifact)[0]!;
    if (imagesOf(artifact).length > 1)
      io.log.warning(
        `docker-tar holds one platform (${formatPlatform(image.platform)}); docker load takes one`,
      );
    await io.log.group(`Writing docker load tar ${file}`, () =>
      writeStreamAtomic(file, (out) =>
        writeDockerArchive(
          out,
          image,
          (tags.length ? tags : ['latest']).map((t) => `${name}:${t}`),
        ),
      ),
    );
    outputs.dockerTar = inputs['docker-tar'];
  }
  return outputs;
}
