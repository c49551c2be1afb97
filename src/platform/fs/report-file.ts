import { stat } from 'node:fs/promises';
import { MlciError, messageOf } from '../../core/errors.js';
import type { ReportKind } from '../../core/report-envelope.js';
import { redactCredentials } from '../../core/text/redact.js';
import { MLCI_VERSION } from '../../core/version.js';
import { writeFileAtomic } from './atomic-write.js';

const inodeOf = (path: string) =>
  stat(path).then(
    (info) => `${info.dev}:${info.ino}`,
    () => undefined,
  );

/**
 * Runs a command's work so that a failed run never leaves the previous run's report looking current:
 * when `work` throws and the report at `path` is still the one from before (every report is written
 * atomically, so a rewrite is a new inode), it is replaced by `{kind, version, status: "error", error}`
 * and the error goes on. A report this run wrote (a failed gate writes its report, then throws) is kept.
 * Call it after checkOutputsAreNotInputs, so the path is known not to be an input.
 */
export async function keepReportCurrent<T>(
  path: string,
  header: { readonly kind: ReportKind; readonly version: number },
  work: () => Promise<T>,
): Promise<T> {
  const before = await inodeOf(path);
  try {
    return await work();
  } catch (thrown) {
    if (before !== undefined && (await inodeOf(path)) === before) {
      const stale = {
        kind: header.kind,
        version: header.version,
        tool: { name: 'mlci', version: MLCI_VERSION },
        status: 'error',
        error: {
          message: redactCredentials(messageOf(thrown)),
          exitCode: thrown instanceof MlciError ? thrown.exitCode : 1,
        },
      };
      await writeFileAtomic(path, `${JSON.stringify(stale, null, 2)}\n`).catch(() => undefined);
    }
    throw thrown;
  }
}
