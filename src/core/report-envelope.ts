/**
 * Every capability writes one JSON report with a documented, versioned shape. The next action reads
 * it, and the report action renders any of them: reports are the contract between actions.
 */
export const REPORT_KINDS = [
  'mlci/validation-report',
  'mlci/data-profile',
  'mlci/run-record',
  'mlci/comparison-report',
  'mlci/image-report',
  'mlci/release-record',
  'mlci/monitor-report',
] as const;

export type ReportKind = (typeof REPORT_KINDS)[number];

export interface ReportHeader<K extends ReportKind = ReportKind> {
  readonly kind: K;
  /** Integer, bumped when a field changes meaning or disappears; adding fields does not bump it. */
  readonly version: number;
  readonly tool: { readonly name: 'mlci'; readonly version: string };
}

/** Reads kind and version from a parsed JSON value, or says why it is not an mlci report. */
export function readHeader(value: unknown): { kind: ReportKind; version: number } | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const { kind, version } = value as Record<string, unknown>;
  if (typeof kind !== 'string') return 'has no "kind"';
  if (!(REPORT_KINDS as readonly string[]).includes(kind)) return `unknown kind "${kind}"`;
  if (typeof version !== 'number' || !Number.isInteger(version)) return 'has no integer "version"';
  return { kind: kind as ReportKind, version };
}
