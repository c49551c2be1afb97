import { resolve } from 'node:path';
import type { compareProfiles } from '../../core/data/drift/drift.js';
import { formatProfile } from '../../core/data/profile/profile-json.js';
import { createProfiler, type DataProfile } from '../../core/data/profile/profiler.js';
import { buildReport, type ValidationReport } from '../../core/data/validate/report.js';
import { DataError, UsageError } from '../../core/errors.js';
import { type DataFile, resolveDataFiles } from '../../platform/data/files.js';
import { writeFileAtomic } from '../../platform/fs/atomic-write.js';
import { checkRunPaths } from '../../platform/fs/output-paths.js';
import { keepReportCurrent } from '../../platform/fs/report-file.js';
import type { ActionIO } from '../../platform/io.js';
import { annotate } from './annotations.js';
import { getValidateDataInputs, pullRequestBase } from './inputs.js';
import { schemaChange } from './schema-change.js';
import { renderSummary } from './summary.js';
import { validateFiles } from './validate-files.js';
import { packageInputPaths, validatePackage } from './validate-package.js';
import { readValidationInputs } from './validation-inputs.js';

/** `mlci validate-data`: schema, table checks and drift over data files; one report, exit 1 when invalid. */
export async function validateData(io: ActionIO): Promise<void> {
  const inputs = getValidateDataInputs(io.inputs);
  const files = inputs.datapackage ? [] : resolveDataFiles(inputs.data, io.cwd);
  await checkRunPaths(
    io,
    { report: inputs.report, profile: inputs.profile },
    {
      data: files.map((file) => file.absolute),
      schema: inputs.schema,
      checks: inputs.checks,
      'reference-profile': inputs['reference-profile'],
      datapackage: inputs.datapackage,
      'datapackage resources': inputs.datapackage ? await packageInputPaths(io.cwd, inputs.datapackage) : [],
    },
  );
  await keepReportCurrent(
    resolve(io.cwd, inputs.report),
    { kind: 'mlci/validation-report', version: 1 },
    () => validate(io, inputs, files),
  );
}

async function validate(
  io: ActionIO,
  inputs: ReturnType<typeof getValidateDataInputs>,
  files: DataFile[],
): Promise<void> {
  const started = performance.now();
  const { schema, extraChecks, checks, reference } = await readValidationInputs(io.cwd, inputs);
  const referencePath = inputs['reference-profile'];
  // Before the long pass: a base-ref that does not exist fails in seconds, not after the data.
  const baseRef = inputs['base-ref'] ?? pullRequestBase(io.env);
  if (inputs['fail-on-schema-change'] && !schema)
    throw new UsageError('`fail-on-schema-change` needs a `schema` to compare with the base', {
      hint: 'give the schema file: `schema: data/schema.yaml`',
    });
  // A push run has no base: nothing to compare, and not an error (the same workflow serves both events).
  if (inputs['fail-on-schema-change'] && !baseRef)
    io.log.info('no base-ref and not a pull_request run: the schema is not compared');
  const schemaDiff =
    baseRef && schema && inputs.schema
      ? await schemaChange(io, {
          ref: baseRef,
          path: inputs.schema,
          schema,
          explicit: inputs['base-ref'] !== undefined,
        })
      : undefined;
  const profiling = inputs.profile !== undefined || reference !== undefined;
  const result = inputs.datapackage
    ? await validatePackage({
        cwd: io.cwd,
        descriptor: inputs.datapackage,
        extraChecks,
        maxErrors: inputs['max-errors'],
        workers: inputs.workers,
        log: io.log,
      })
    : await io.log.group(`Validating ${files.length} file(s)`, () =>
        validateFiles({
          files,
          format: inputs.format,
          delimiter: inputs.delimiter,
          header: inputs.header,
          schema,
          checks,
          maxErrors: inputs['max-errors'],
          workers: inputs.workers,
          createProfiler: profiling ? (table) => createProfiler(table.fields, { reference }) : undefined,
          reference,
          log: io.log,
          progress: io.progress,
        }),
      );
  const profile = result.profile as DataProfile | undefined;
  if (profile && inputs.profile) await writeOut(io.cwd, inputs.profile, formatProfile(profile));
  let drift: ValidationReport['drift'];
  if (reference && profile && referencePath) {
    // The drift code loads only when a reference profile is given.
    const { compareProfiles } = await import('../../core/data/drift/drift.js');
    drift = driftSection(referencePath, compareProfiles(reference, profile, checks.drift ?? {}));
  }
  const report: ValidationReport = buildReport({
    files: result.files,
    durationMs: performance.now() - started,
    errors: result.errors,
    checks: result.checks,
    fields: result.fields,
    profile: profile && inputs.profile ? inputs.profile : undefined,
    drift,
    schemaDiff,
  });
  await writeOut(io.cwd, inputs.report, `${JSON.stringify(report, null, 2)}\n`);
  io.output('valid', String(report.valid));
  io.output('error-count', String(report.errorCount));
  io.output('report', inputs.report);
  if (report.profile) io.output('profile', report.profile);
  if (schemaDiff?.status === 'compared') io.output('schema-changed', String(schemaDiff.changed));
  annotate(report, io.log);
  await io.summary(
    renderSummary(report, inputs.report, { failOnSchemaChange: inputs['fail-on-schema-change'] }),
  );
  if (!report.valid && inputs['fail-on-error']) {
    const types = Object.entries(report.errorCounts)
      .map(([type, count]) => `${count} ${type}`)
      .join(', ');
    throw new DataError(`the data is invalid: ${types}`, {
      hint: `details in ${inputs.report} and the job summary`,
    });
  }
  if (schemaDiff?.changed && inputs['fail-on-schema-change']) {
    throw new DataError(
      `the schema ${inputs.schema} differs from ${schemaDiff.base}: ${schemaDiff.changes.join('; ')}`,
      { hint: 'review the changes; drop `fail-on-schema-change` to only report them' },
    );
  }
}

function driftSection(
  reference: string,
  result: ReturnType<typeof compareProfiles>,
): ValidationReport['drift'] {
  return {
    reference,
    drifted: result.drifted,
    columns: result.columns.map((c) => ({
      column: c.name,
      drifted: c.drifted,
      metrics: { ...c.metrics },
      ...(c.noise ? { noise: { ...c.noise } } : {}),
      reasons: c.reasons,
    })),
  };
}

async function writeOut(cwd: string, path: string, text: string): Promise<void> {
  const target = resolve(cwd, path);
  try {
    await writeFileAtomic(target, text);
  } catch (thrown) {
    throw new UsageError(`cannot write ${path}: ${(thrown as NodeJS.ErrnoException).code ?? String(thrown)}`);
  }
}
