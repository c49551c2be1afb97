/** Media types of the two manifest families registries speak (reference/oci-images.md §2.4). */
export const MEDIA = {
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  ociLayer: 'application/vnd.oci.image.layer.v1.tar',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
} as const;

/** A media type string (registries accept types beyond the ones mlci writes). */
export type MediaType = string;

/** OCI or Docker v2 schema 2: an image keeps its base's family (as ggcr and ko do). */
export type Family = 'oci' | 'docker';

/** Everything a manifest GET should accept, indexes first. */
export const MANIFEST_ACCEPT = [
  MEDIA.ociIndex,
  MEDIA.dockerList,
  MEDIA.ociManifest,
  MEDIA.dockerManifest,
].join(', ');

/** True for an image index or a Docker manifest list. */
export const isIndexType = (mediaType: string): boolean =>
  mediaType === MEDIA.ociIndex || mediaType === MEDIA.dockerList;

/** True for a single-platform image manifest of either family. */
export const isManifestType = (mediaType: string): boolean =>
  mediaType === MEDIA.ociManifest || mediaType === MEDIA.dockerManifest;

/** The family a manifest or index media type belongs to. */
export const familyOf = (mediaType: string): Family =>
  mediaType === MEDIA.dockerManifest || mediaType === MEDIA.dockerList ? 'docker' : 'oci';

/** The media types an image of a family uses. */
export function familyTypes(family: Family, compressed: boolean) {
  if (family === 'docker') {
    // Docker schema 2 has no uncompressed layer type in wide use; mlci never writes one there.
    return {
      manifest: MEDIA.dockerManifest,
      index: MEDIA.dockerList,
      config: MEDIA.dockerConfig,
      layer: MEDIA.dockerLayerGzip,
    };
  }
  return {
    manifest: MEDIA.ociManifest,
    index: MEDIA.ociIndex,
    config: MEDIA.ociConfig,
    layer: compressed ? MEDIA.ociLayerGzip : MEDIA.ociLayer,
  };
}
