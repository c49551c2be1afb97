import { UsageError } from '../errors.js';
import { type Digest, isDigest } from './digest.js';

/** An image reference split into its parts; `repository` is always lowercase. */
export interface Reference {
  /** As written by users: `ghcr.io`, `127.0.0.1:5000`, `docker.io`. */
  readonly registry: string;
  readonly repository: string;
  readonly tag?: string;
  readonly digest?: Digest;
}

const DOCKER_HUB = 'docker.io';
const COMPONENT = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;

/**
 * Parses `[registry/]repository[:tag][@digest]` with Docker Hub's normalisation (`python:3.12` is
 * `docker.io/library/python:3.12`). The repository is lowercased: `github.repository` keeps the owner's
 * capitals and registries reject them (docker/build-push-action#37, the bug users hit most often).
 */
export function parseReference(text: string, what = 'image reference'): Reference {
  const input = text.trim();
  const fail = (why: string) =>
    new UsageError(`${what} "${input}" is not valid: ${why}`, {
      hint: 'write it as registry/name[:tag][@sha256:…], e.g. ghcr.io/acme/model:v1',
    });
  if (input === '') throw fail('it is empty');
  let rest = input;
  let digest: Digest | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) {
    const d = rest.slice(at + 1);
    if (!isDigest(d)) throw fail(`"${d}" is not a sha256 digest`);
    digest = d;
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > slash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) throw fail(`tag "${tag}" must match [A-Za-z0-9_][A-Za-z0-9._-]{0,127}`);
  }
  const parts = rest.split('/');
  const first = parts[0]!;
  const hasRegistry =
    parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
  const registry = hasRegistry ? first.toLowerCase() : DOCKER_HUB;
  const path = (hasRegistry ? parts.slice(1) : parts).map((p) => p.toLowerCase());
  if (registry === DOCKER_HUB && path.length === 1) path.unshift('library');
  for (const component of path) {
    if (!COMPONENT.test(component))
      throw fail(`path component "${component}" has characters registries refuse`);
  }
  const repository = path.join('/');
  if (`${registry}/${repository}`.length > 255) throw fail('registry/name is longer than 255 characters');
  return { registry, repository, ...(tag === undefined ? {} : { tag }), ...(digest ? { digest } : {}) };
}

/** `registry/repository` without tag or digest. */
export function repositoryName(ref: Reference): string {
  return `${ref.registry}/${ref.repository}`;
}

/** The reference as text: `registry/repository[:tag][@digest]`. */
export function formatReference(ref: Reference): string {
  return `${repositoryName(ref)}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}

/** The host that serves the distribution API for a registry name (Docker Hub's differs from its name). */
export function apiHost(registry: string): string {
  return registry === DOCKER_HUB ? 'registry-1.docker.io' : registry;
}

/** A tag or a usage error naming it. */
export function checkTag(tag: string): string {
  if (!TAG.test(tag)) {
    throw new UsageError(`tag "${tag}" is not valid`, {
      hint: 'a tag is up to 128 characters of letters, digits, `_`, `.` and `-`, not starting with `.` or `-`',
    });
  }
  return tag;
}
