import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { MlciError, messageOf, UsageError } from '../../core/errors.js';
import { didYouMean } from '../../core/text/suggest.js';
import { loadConfig } from '../../config/loader.js';
import type { ActionIO, AnnotationProps, Logger } from '../../platform/io.js';
import { CAPABILITIES } from '../commands.js';
import { readList, readString } from '../inputs.js';
import type { CommandSpec } from '../spec.js';

/** The inputs a section of mlci.yml gives its command: lists newline-joined, structured keys left out. */
export function sectionInputs(
  spec: CommandSpec,
  section: Readonly<Record<string, unknown>>,
  configFile: string,
) {
  const inputs = new Map<string, string>();
  for (const [key, value] of Object.entries(section)) {
    if (!(key in spec.inputs)) continue; // a structured key (spec.config): the command reads it from the file
    inputs.set(key, Array.isArray(value) ? value.map(String).join('\n') : String(value));
  }
  if ('config' in spec.inputs && !inputs.has('config')) inputs.set('config', configFile);
  return inputs;
}

/** A path relative to `cwd` (a step's), made relative to `root` (the workspace) with forward slashes. */
export function rebasePath(path: string, cwd: string, root: string): string {
  if (isAbsolute(path)) return path;
  const inside = relative(root, resolve(cwd, path));
  return inside === '' ? '.' : inside.split(sep).join('/');
}

/**
 * An ActionIO that gives a step its section's inputs and runs it in the config file's directory:
 * paths in mlci.yml are relative to the file, as in docker-compose, so `mlci run --config
 * examples/iris/mlci.yml` works from anywhere. What leaves the step is rebased onto the workspace:
 * annotation files (GitHub places them on the PR's files only by repository-relative path) and path
 * outputs; and each output is named after its section (`validate-data-report`, `compare-metrics-report`),
 * so two sections never write the same output name.
 */
function stepIO(io: ActionIO, spec: CommandSpec, inputs: ReadonlyMap<string, string>, cwd: string): ActionIO {
  const place = (props?: AnnotationProps): AnnotationProps | undefined =>
    props?.where
      ? { ...props, where: { ...props.where, file: rebasePath(props.where.file, cwd, io.cwd) } }
      : props;
  const log: Logger = {
    ...io.log,
    notice: (message, props) => io.log.notice(message, place(props)),
    warning: (message, props) => io.log.warning(message, place(props)),
    error: (message, props) => io.log.error(message, place(props)),
  };
  return {
    ...io,
    cwd,
    log,
    inputs: { get: (name) => inputs.get(name) || undefined },
    output: (name, value) =>
      io.output(
        `${spec.name}-${name}`,
        spec.outputs[name]?.path && value ? rebasePath(value, cwd, io.cwd) : value,
      ),
  };
}

/** A step's error, its file rebased onto the workspace like its annotations. */
function placed(error: unknown, cwd: string, root: string): unknown {
  if (!(error instanceof MlciError) || !error.where) return error;
  return error.placedAt({ ...error.where, file: rebasePath(error.where.file, cwd, root) });
}

/** `mlci run`: each section of mlci.yml, in pipeline order; the first failure stops the pipeline, but for the report. */
export async function run(io: ActionIO): Promise<void> {
  const configFile = resolve(io.cwd, readString(io.inputs, 'config', 'mlci.yml'));
  const config = await loadConfig(configFile);
  const only = readList(io.inputs, 'only');
  const names = CAPABILITIES.map(({ spec }) => spec.name);
  for (const name of only) {
    if (!names.includes(name)) throw new UsageError(`unknown section \`${name}\`${didYouMean(name, names)}`);
  }
  const steps = CAPABILITIES.filter(({ spec }) => spec.name in config.value).filter(
    ({ spec }) => only.length === 0 || only.includes(spec.name),
  );
  if (steps.length === 0) {
    throw new UsageError(`${configFile} declares no step to run`, {
      where: { file: configFile, line: 1 },
      hint: `add a section such as \`validate-data:\` or \`train:\`; known: ${names.join(', ')}`,
    });
  }
  const ran: string[] = [];
  let failure: unknown;
  for (const { spec, run: command } of steps) {
    // After a failure only the report still runs: a failed gate is exactly what reviewers must see.
    if (failure !== undefined && !ALWAYS.has(spec.name)) continue;
    const section = (config.value[spec.name] ?? {}) as Record<string, unknown>;
    const inputs = sectionInputs(spec, section, configFile);
    const cwd = dirname(configFile);
    try {
      await io.log.group(`mlci ${spec.name}`, () =>
        command(stepIO(io, spec, inputs, cwd)).catch((error: unknown) => {
          throw placed(error, cwd, io.cwd);
        }),
      );
      ran.push(spec.name);
    } catch (thrown) {
      if (failure === undefined) failure = thrown;
      else io.log.warning(`mlci ${spec.name} failed too: ${messageOf(thrown)}`);
    }
  }
  io.output('steps', ran.join(','));
  if (failure !== undefined) throw failure;
}

/** Sections that run even after an earlier one failed (the `if: always()` of a workflow). */
const ALWAYS = new Set(['report']);
