import { DataError, messageOf, UsageError } from '../../core/errors.js';
import type { Digest } from '../../core/image/digest.js';
import { parseCacheManifest } from '../../core/train/cache-artifact.js';
import type { ActionIO } from '../../platform/io.js';
import { RegistryError } from '../../platform/registry/errors.js';
import { pool } from '../../platform/registry/push.js';
import { remoteTarget } from '../../platform/train/stores.js';
import { readBoolean, readNumber, readString } from '../inputs.js';
import { withCacheConfig } from '../train/cache-config.js';

interface Entry {
  readonly digest: Digest;
  readonly stage: string;
  readonly created: string;
  readonly tags: string[];
}

/**
 * `mlci cache gc --keep-last N`: lists the cache repository's tags, reads each entry's manifest, keeps the
 * newest N entries of every stage (by their creation annotation) and deletes the rest by manifest digest,
 * which removes both of an entry's tags. Blobs are left to the registry's own garbage collection (for
 * docker-registry, `registry garbage-collect`), as a registry API cannot delete a blob another entry shares.
 */
export async function cacheGc(io: ActionIO): Promise<void> {
  const read = await withCacheConfig(io.inputs, io.cwd);
  const command = readString(read, 'command', '');
  if (command !== 'gc')
    throw new UsageError(`unknown cache command "${command}"`, { hint: 'use `mlci cache gc --keep-last N`' });
  const keep = readNumber(read, 'keep-last', 5, { min: 0, integer: true });
  const dryRun = readBoolean(read, 'dry-run', false);
  const { client, repository } = await remoteTarget(io, read.get('cache-registry')?.trim(), {
    'cache-registry-username': readString(read, 'cache-registry-username'),
    'cache-registry-password': readString(read, 'cache-registry-password'),
    'github-token': readString(read, 'github-token'),
  });
  client.prepare(repository, 'push');
  const tags = await client.listTags(repository);
  const entries = new Map<Digest, Entry>();
  await pool(tags, 4, async (tag) => {
    try {
      const manifest = await client.getManifest(repository, tag);
      const entry = parseCacheManifest(manifest.bytes);
      const known = entries.get(manifest.digest);
      if (known) known.tags.push(tag);
      else
        entries.set(manifest.digest, {
          digest: manifest.digest,
          stage: entry.stage,
          created: entry.created,
          tags: [tag],
        });
    } catch (error) {
      io.log.debug(`skipping tag ${tag}: ${messageOf(error)}`); // not a train cache entry
    }
  });
  const byStage = new Map<string, Entry[]>();
  for (const entry of entries.values())
    byStage.set(entry.stage, [...(byStage.get(entry.stage) ?? []), entry]);
  const doomed: Entry[] = [];
  for (const [stage, list] of [...byStage].sort(([a], [b]) => (a < b ? -1 : 1))) {
    list.sort((a, b) => (a.created < b.created ? 1 : a.created > b.created ? -1 : 0));
    doomed.push(...list.slice(keep));
    io.log.info(
      `stage ${stage || '(unnamed)'}: ${list.length} entr${list.length === 1 ? 'y' : 'ies'}, keeping ${Math.min(keep, list.length)}`,
    );
  }
  let deleted = 0;
  for (const entry of doomed) {
    if (dryRun) {
      io.log.info(`would delete ${entry.tags.join(', ')} (${entry.created})`);
      deleted++;
      continue;
    }
    try {
      await client.deleteManifest(repository, entry.digest);
      deleted++;
      io.log.info(`deleted ${entry.tags.join(', ')} (${entry.created})`);
    } catch (error) {
      if (error instanceof RegistryError && [405, 403, 401].includes(error.status))
        throw new DataError(
          `${client.registry}/${repository} does not allow deleting manifests: ${error.message}`,
          {
            cause: error,
            hint: 'docker-registry: set REGISTRY_STORAGE_DELETE_ENABLED=true; ghcr.io: delete package versions with the GitHub API or a retention workflow (docs/train.md#remote-cache)',
          },
        );
      throw error;
    }
  }
  io.output('deleted', String(deleted));
  io.output('kept', String(entries.size - doomed.length));
  await io.summary(
    `${dryRun ? 'would delete' : 'deleted'} ${deleted} of ${entries.size} cache entr${entries.size === 1 ? 'y' : 'ies'} in ${client.registry}/${repository}\n`,
  );
}
