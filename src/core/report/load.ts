import { UsageError } from '../errors.js';
import { type ReportKind, readHeader } from '../report-envelope.js';

/** The newest version of each report kind this mlci reads; a newer one is refused, not guessed at. */
export const READABLE_VERSIONS: Readonly<Record<ReportKind, number>> = {
  'mlci/validation-report': 1,
  'mlci/data-profile': 1,
  'mlci/run-record': 1,
  'mlci/comparison-report': 1,
  'mlci/image-report': 1,
  'mlci/release-record': 1,
  'mlci/monitor-report': 1,
};

/** Largest report file read: 10⁵ per-class metrics of a comparison take ≈ 60 MB. */
export const MAX_REPORT_BYTES = 128 * 1024 * 1024;

/** One input report: where it came from and its parsed value (shape checked by its section). */
export interface LoadedReport {
  /** The path as the user gave it (relative to the workspace), for titles and errors. */
  readonly file: string;
  readonly kind: ReportKind;
  readonly version: number;
  readonly value: Readonly<Record<string, unknown>>;
}

const HINT =
  'give JSON reports written by mlci (validate-data, train, compare-metrics, build-image, release, monitor)';

/** A report from its file's text, or a usage error (exit 2) naming the file and why. */
export function parseReport(text: string, file: string): LoadedReport {
  if (text.length > MAX_REPORT_BYTES) {
    throw new UsageError(`${file} is larger than ${MAX_REPORT_BYTES} bytes; not an mlci report`, {
      where: { file },
      hint: HINT,
    });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new UsageError(
      `${file} is not valid JSON (${cause instanceof Error ? cause.message : String(cause)})`,
      {
        where: { file },
        hint: HINT,
        cause,
      },
    );
  }
  const header = readHeader(value);
  if (typeof header === 'string') {
    throw new UsageError(`${file} is not an mlci report: ${header}`, { where: { file }, hint: HINT });
  }
  const newest = READABLE_VERSIONS[header.kind];
  if (header.version > newest || header.version < 1) {
    throw new UsageError(
      `${file} is ${header.kind} version ${header.version}; this mlci reads up to version ${newest}`,
      { where: { file }, hint: 'render it with the mlci release that wrote it, or upgrade mlci' },
    );
  }
  return { file, kind: header.kind, version: header.version, value: value as Record<string, unknown> };
}
