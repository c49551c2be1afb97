import { resolve } from 'node:path';
import { mergeChecks, readTableChecks, type TableChecks } from '../../core/data/checks/table-checks.js';
import type { DataProfile } from '../../core/data/profile/profiler.js';
import { type LoadedSchema, loadSchema } from '../../core/data/table-schema/load-any.js';
import { parseSourceDoc } from '../../core/data/table-schema/source-doc.js';
import { readProfileFile } from '../../platform/data/profile-file.js';
import { readInputText } from '../../platform/fs/read-input.js';

/** The files a validation reads besides the data (validate-data and monitor name them alike). */
export interface ValidationFiles {
  readonly schema?: string;
  readonly checks?: string;
  readonly 'reference-profile'?: string;
}

/** What they hold: the schema, the checks file's table checks, both merged, and the reference profile. */
export interface ValidationInputs {
  readonly schema: LoadedSchema | undefined;
  readonly extraChecks: TableChecks;
  readonly checks: TableChecks;
  readonly reference: DataProfile | undefined;
}

/** Reads the schema, checks and reference profile of a validation (paths relative to `cwd`). */
export async function readValidationInputs(cwd: string, files: ValidationFiles): Promise<ValidationInputs> {
  const schema = files.schema
    ? await loadSchema(parseSourceDoc(files.schema, await readInputText(cwd, files.schema, 'schema')))
    : undefined;
  const extraChecks = files.checks
    ? readTableChecks(parseSourceDoc(files.checks, await readInputText(cwd, files.checks, 'checks')), [])
    : {};
  const referencePath = files['reference-profile'];
  return {
    schema,
    extraChecks,
    checks: mergeChecks(schema?.checks ?? {}, extraChecks),
    reference: referencePath ? readProfileFile(resolve(cwd, referencePath), referencePath) : undefined,
  };
}
