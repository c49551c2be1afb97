import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { validateData } from '../../src/actions/validate-data/validate-data.js';
import type { ValidationReport } from '../../src/core/data/validate/report.js';
import { MlciError } from '../../src/core/errors.js';
import type { ActionIO, AnnotationProps } from '../../src/platform/io.js';
import { testTempDir } from './temp-dirs.js';

/** What one in-process run of the validate-data command produced. */
export interface ValidateRun {
  readonly exitCode: number;
  readonly error?: MlciError;
  readonly report?: ValidationReport;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  readonly annotations: { level: string; message: string; props?: AnnotationProps }[];
  readonly dir: string;
}

/**
 * Writes `files` (name -> text or bytes) into a fresh directory and runs the validate-data command there
 * with `inputs`, as a workflow step would, through a recording ActionIO. `options.dir` runs in an
 * existing directory (a git checkout); `options.env` is the step's environment.
 */
export async function runValidateData(
  files: Record<string, string | Uint8Array>,
  inputs: Record<string, string>,
  options: { readonly dir?: string; readonly env?: Readonly<Record<string, string>> } = {},
): Promise<ValidateRun> {
  const dir = options.dir ?? testTempDir('mlci-vd-');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  const outputs: Record<string, string> = {};
  const annotations: ValidateRun['annotations'] = [];
  let summary = '';
  const io: ActionIO = {
    inputs: { get: (name) => inputs[name] || undefined },
    log: {
      info: () => {},
      debug: () => {},
      notice: (message, props) => annotations.push({ level: 'notice', message, props }),
      warning: (message, props) => annotations.push({ level: 'warning', message, props }),
      error: (message, props) => annotations.push({ level: 'error', message, props }),
      group: (_name, work) => work(),
    },
    env: options.env ?? {},
    cwd: dir,
    output: (name, value) => {
      outputs[name] = value;
    },
    summary: async (markdown) => {
      summary += markdown;
    },
    setSecret: () => {},
  };
  let exitCode = 0;
  let error: MlciError | undefined;
  try {
    await validateData(io);
  } catch (thrown) {
    if (!(thrown instanceof MlciError)) throw thrown;
    error = thrown;
    exitCode = thrown.exitCode;
  }
  const reportPath = join(dir, inputs.report ?? 'mlci-validation-report.json');
  let report: ValidationReport | undefined;
  try {
    report = JSON.parse(readFileSync(reportPath, 'utf8')) as ValidationReport;
  } catch {
    report = undefined;
  }
  return { exitCode, error, report, outputs, summary, annotations, dir };
}
