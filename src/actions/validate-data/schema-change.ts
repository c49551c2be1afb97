import type { SchemaDiffSection } from '../../core/data/validate/report.js';
import { describeSchemaDiff } from '../../core/data/schema-diff/schema-diff.js';
import { messageOf, MlciError } from '../../core/errors.js';
import type { GitRunner } from '../../platform/git/show.js';
import type { ActionIO } from '../../platform/io.js';
import type { LoadedSchema } from '../../core/data/table-schema/load-any.js';

/** What the schema-diff step needs from the inputs. */
export interface SchemaChangeRequest {
  readonly ref: string;
  /** The schema file, relative to the working directory. */
  readonly path: string;
  readonly schema: LoadedSchema;
  /** Given as an input: a base that cannot be found is the user's error, not a note. */
  readonly explicit: boolean;
  readonly git?: GitRunner;
}

/**
 * The schema file diffed against the same file on the base branch, for the report. Information, not a
 * verdict: a base that cannot be read (no git checkout, base not fetchable) is noted when the base came
 * from the pull_request event, and a usage error only when the user named it.
 */
export async function schemaChange(
  io: Pick<ActionIO, 'cwd' | 'log'>,
  request: SchemaChangeRequest,
): Promise<SchemaDiffSection> {
  const { ref, path, schema } = request;
  if (!schema.table) {
    return {
      base: ref,
      file: path,
      status: 'unsupported',
      changed: false,
      changes: [],
      message: 'a JSON Schema for records is not diffed (Table Schemas and the short form are)',
    };
  }
  let result: Awaited<ReturnType<typeof import('../../platform/git/base-schema.js').schemaDiffAgainstBase>>;
  try {
    // git (node:child_process: ~5 ms of start-up) loads only for a run that diffs its schema.
    const { schemaDiffAgainstBase } = await import('../../platform/git/base-schema.js');
    result = await schemaDiffAgainstBase({ cwd: io.cwd, ref, path, head: schema.table, git: request.git });
  } catch (thrown) {
    if (request.explicit || !(thrown instanceof MlciError)) throw thrown;
    io.log.warning(`schema diff against ${ref} skipped: ${messageOf(thrown)}`);
    return {
      base: ref,
      file: path,
      status: 'unavailable',
      changed: false,
      changes: [],
      message: messageOf(thrown),
    };
  }
  if (result.status === 'new-file')
    return { base: ref, file: path, status: 'new-file', changed: false, changes: [] };
  if (result.status === 'unreadable') {
    io.log.warning(`schema on ${ref} cannot be read: ${result.message}`);
    return {
      base: ref,
      file: path,
      status: 'unreadable',
      changed: false,
      changes: [],
      message: result.message,
    };
  }
  const changes = describeSchemaDiff(result.diff);
  for (const line of changes) io.log.info(`schema change against ${ref}: ${line}`);
  return {
    base: ref,
    file: path,
    status: 'compared',
    changed: result.diff.changed,
    changes,
    diff: result.diff,
  };
}
