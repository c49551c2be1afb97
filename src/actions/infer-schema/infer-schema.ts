import { resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { ColumnInference, MISSING_MARKERS } from '../../core/data/profile/infer/column-inference.js';
import {
  type DraftSchema,
  draftSchema,
  draftToJson,
  draftToYaml,
} from '../../core/data/profile/infer/draft-schema.js';
import { typedValue } from '../../core/data/profile/infer/typed-value.js';
import type { DataProfile } from '../../core/data/profile/profile.js';
import { formatProfile } from '../../core/data/profile/profile-json.js';
import { createProfiler } from '../../core/data/profile/profiler.js';
import { type DataFile, resolveDataFiles } from '../../platform/data/files.js';
import { writeFileAtomic } from '../../platform/fs/atomic-write.js';
import { checkRunPaths } from '../../platform/fs/output-paths.js';
import type { ActionIO } from '../../platform/io.js';
import { readList, readString } from '../inputs.js';
import { cell } from '../../core/text/markdown.js';
import { readRows } from './read-rows.js';

/** `mlci infer-schema`: a draft schema from the data, and optionally a reference profile. */
export async function inferSchema(io: ActionIO): Promise<void> {
  const patterns = readList(io.inputs, 'data');
  if (patterns.length === 0) {
    throw new UsageError('give the data files to infer a schema from', {
      hint: 'mlci infer-schema data/train.csv',
    });
  }
  const files = resolveDataFiles(patterns, io.cwd);
  const options = { delimiter: readString(io.inputs, 'delimiter') };
  const out = resolve(io.cwd, readString(io.inputs, 'out', 'schema.yaml'));
  const profileOut = readString(io.inputs, 'profile-out');
  await checkRunPaths(io, { out, 'profile-out': profileOut }, { data: files.map((file) => file.absolute) });

  const { columns, rows, markers } = await infer(files, options);
  const draft = draftSchema(
    columns,
    rows,
    files.map((file) => file.path),
    MISSING_MARKERS.filter((marker) => markers.has(marker)),
  );
  await writeFileAtomic(out, /\.json$/i.test(out) ? draftToJson(draft) : draftToYaml(draft));
  io.log.info(
    `wrote a draft schema of ${columns.length} fields from ${rows} rows to ${out}: review it before use`,
  );
  io.output('schema', out);
  io.output('fields', String(columns.length));
  io.output('rows', String(rows));
  if (profileOut) {
    const profile = await referenceProfile(files, options, draft);
    const target = resolve(io.cwd, profileOut);
    await writeFileAtomic(target, formatProfile(profile));
    io.log.info(`wrote the reference profile to ${target}`);
    io.output('profile', target);
  }
  await io.summary(summary(draft));
}

/** Pass 1: every value narrows its column's type. Columns are named by the first file's header. */
async function infer(files: readonly DataFile[], options: { delimiter?: string }) {
  const columns: ColumnInference[] = [];
  const byName = new Map<string, ColumnInference>();
  const markers = new Set<string>();
  let rows = 0;
  for (const file of files) {
    await readRows(file, options, (names, values, fromText) => {
      rows++;
      for (let i = 0; i < names.length; i++) {
        const value = values[i];
        let column = byName.get(names[i]!);
        if (!column) {
          column = new ColumnInference(names[i]!);
          byName.set(column.name, column);
          columns.push(column);
        }
        if (fromText && typeof value === 'string' && MISSING_MARKERS.includes(value)) markers.add(value);
        else if (value !== undefined && value !== null && value !== '') column.add(value, fromText);
      }
    });
  }
  return { columns, rows, markers };
}

/**
 * Passes 2 and 3: a profile of the typed values, then a second one counted on the first one's bin
 * edges, so the reference's histograms are exact counts rather than sketch estimates.
 */
async function referenceProfile(
  files: readonly DataFile[],
  options: { delimiter?: string },
  draft: DraftSchema,
) {
  const fields = draft.fields.map(({ descriptor }) => ({
    name: String(descriptor.name),
    type: String(descriptor.type),
  }));
  const index = new Map(fields.map((field, i) => [field.name, i]));
  const pass = async (reference?: DataProfile) => {
    const profiler = createProfiler(fields, { reference });
    const row: unknown[] = new Array(fields.length);
    for (const file of files) {
      await readRows(file, options, (names, values) => {
        row.fill(null);
        for (let i = 0; i < names.length; i++) {
          const at = index.get(names[i]!);
          if (at !== undefined) row[at] = values[i];
        }
        for (let i = 0; i < fields.length; i++) {
          const value = row[i];
          // The draft's missingValues are missing in its reference profile too.
          const missing = typeof value === 'string' && draft.missingValues.includes(value);
          profiler.add(i, missing ? null : typedValue(fields[i]!.type, value));
        }
        profiler.endRow();
      });
    }
    return profiler.result();
  };
  return pass(await pass());
}

function summary(draft: DraftSchema): string {
  const lines = [
    `### Draft schema from ${draft.rows} rows`,
    '',
    '| field | type | constraints | notes |',
    '| --- | --- | --- | --- |',
    ...draft.fields.map(({ descriptor, notes }) => {
      const constraints = descriptor.constraints ? JSON.stringify(descriptor.constraints) : '';
      return `| ${cell(String(descriptor.name))} | ${cell(String(descriptor.type))} | ${cell(constraints)} | ${cell(notes.join('; '))} |`;
    }),
    '',
    'Review the draft before it gates anything: it describes this sample, not the rules of the data.',
  ];
  return lines.join('\n');
}
