/** Where in a user's file a problem is. Lines and columns are 1-based, as editors show them. */
export interface Where {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

export interface ErrorDetails {
  readonly where?: Where;
  /** What the user can do about it, one sentence. */
  readonly hint?: string;
  readonly cause?: unknown;
}

/** Exit codes of DESIGN.md: 1 failed gate or invalid data, 2 usage or configuration error. */
export type ExitCode = 1 | 2;

/** The one error type of mlci: it carries its exit code and knows how to describe itself. */
export class MlciError extends Error {
  override readonly name: string = 'MlciError';

  constructor(
    message: string,
    readonly exitCode: ExitCode,
    readonly details: ErrorDetails = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
  }

  get where(): Where | undefined {
    return this.details.where;
  }

  get hint(): string | undefined {
    return this.details.hint;
  }

  /** The same error (class, message, exit code, hint, cause) placed at `where` instead. */
  placedAt(where: Where): this {
    const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this)) as this;
    Object.defineProperty(copy, 'details', { value: { ...this.details, where }, enumerable: true });
    return copy;
  }

  /**
   * "mlci.yml:4:3: unknown key `trian` — did you mean `train`?" with the hint on its own line. Leave the
   * place out where it is shown another way (an annotation's file and line).
   */
  describe(options: { where?: boolean; hint?: boolean } = {}): string {
    const at = this.where && options.where !== false ? `${formatWhere(this.where)}: ` : '';
    const hint = this.hint && options.hint !== false ? `\n  hint: ${this.hint}` : '';
    return `${at}${this.message}${hint}`;
  }
}

/** A usage or configuration error (exit 2). */
export class UsageError extends MlciError {
  override readonly name: string = 'UsageError';
  constructor(message: string, details: ErrorDetails = {}) {
    super(message, 2, details);
  }
}

/** Invalid data or a failed gate (exit 1). */
export class DataError extends MlciError {
  override readonly name: string = 'DataError';
  constructor(message: string, details: ErrorDetails = {}) {
    super(message, 1, details);
  }
}

/** "file:line:column", leaving out what is unknown. */
export function formatWhere(where: Where): string {
  let text = where.file;
  if (where.line !== undefined) text += `:${where.line}`;
  if (where.line !== undefined && where.column !== undefined) text += `:${where.column}`;
  return text;
}

/** True for Error instances, including ones from other realms (vm, workers). */
export function isErrorInstance(value: unknown): value is Error {
  return value instanceof Error || Object.prototype.toString.call(value) === '[object Error]';
}

/** A message for anything thrown on one line, keeping the chain of causes ("a: b: c"). */
export function messageOf(thrown: unknown): string {
  if (thrown instanceof MlciError)
    return thrown.hint ? `${thrown.describe({ hint: false })} (hint: ${thrown.hint})` : thrown.describe();
  if (!isErrorInstance(thrown)) return String(thrown);
  const parts = [thrown.message || thrown.name];
  let cause: unknown = thrown.cause;
  for (let depth = 0; cause !== undefined && depth < 5; depth++) {
    parts.push(isErrorInstance(cause) ? cause.message : String(cause));
    cause = isErrorInstance(cause) ? cause.cause : undefined;
  }
  return parts.join(': ');
}
