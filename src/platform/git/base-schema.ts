import { parseProfile } from '../../core/data/profile/profile-json.js';
import { schemaOfProfile } from '../../core/data/schema-diff/profile-schema.js';
import { diffSchemas, type SchemaDiff, type SchemaLike } from '../../core/data/schema-diff/schema-diff.js';
import { loadTableSchema } from '../../core/data/table-schema/load-schema.js';
import { parseSourceDoc } from '../../core/data/table-schema/source-doc.js';
import { MlciError, messageOf } from '../../core/errors.js';
import { type GitRunner, showAtRef } from './show.js';

/** The schema diff of a PR against its base branch, or why there is none. */
export type BaseSchemaDiff =
  | { readonly status: 'compared'; readonly ref: string; readonly path: string; readonly diff: SchemaDiff }
  /** The file does not exist on the base: the PR adds it. */
  | { readonly status: 'new-file'; readonly ref: string; readonly path: string }
  /** The base's file cannot be read as a schema or profile: reported, not a failure of this PR. */
  | { readonly status: 'unreadable'; readonly ref: string; readonly path: string; readonly message: string };

/**
 * Diffs `head` (the PR's schema, already loaded) against the same file on the base branch. The file may
 * be a Table Schema (JSON/YAML, short form included) or a data profile (its columns and types).
 */
export async function schemaDiffAgainstBase(options: {
  readonly cwd: string;
  readonly ref: string;
  readonly path: string;
  readonly head: SchemaLike;
  readonly git?: GitRunner;
}): Promise<BaseSchemaDiff> {
  const { ref, path } = options;
  const text = await showAtRef(options);
  if (text === undefined) return { status: 'new-file', ref, path };
  const shown = `${ref}:${path}`;
  try {
    const base = /"kind"\s*:\s*"mlci\/data-profile"/.test(text.slice(0, 200))
      ? schemaOfProfile(parseProfile(text, shown))
      : loadTableSchema(parseSourceDoc(shown, text));
    return { status: 'compared', ref, path, diff: diffSchemas(base, options.head) };
  } catch (thrown) {
    if (!(thrown instanceof MlciError)) throw thrown;
    return { status: 'unreadable', ref, path, message: messageOf(thrown) };
  }
}
