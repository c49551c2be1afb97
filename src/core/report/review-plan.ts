import type { DataErrorRecord } from '../data/validate/error-collector.js';
import { escapeMarkdown, inlineCode } from '../text/markdown.js';
import { plural } from './format.js';

/** Inline comments in one review at most; the rest are summarised in its body. */
export const MAX_INLINE_COMMENTS = 50;

/** A row error located in the repository: the file as a repository path, and its physical line. */
export interface RowError {
  readonly path: string;
  readonly line: number;
  readonly error: DataErrorRecord;
}

export interface ReviewComment {
  readonly path: string;
  readonly line: number;
  readonly side: 'RIGHT';
  readonly body: string;
}

export interface ReviewPlan {
  readonly comments: readonly ReviewComment[];
  /** Markdown body: what is inline, and a count of the rest by file. */
  readonly body: string;
  readonly inline: number;
  readonly summarised: number;
}

/** Row errors of validation reports with a file and line, paths made relative to the repository root. */
export function rowErrors(
  errors: readonly DataErrorRecord[],
  toRepoPath: (file: string) => string | undefined,
): RowError[] {
  const out: RowError[] = [];
  for (const error of errors) {
    const line = error.line ?? error.row;
    if (!error.file || line === undefined) continue;
    const path = toRepoPath(error.file);
    if (path) out.push({ path, line, error });
  }
  return out;
}

/**
 * Which row errors become inline comments: only lines in the PR's diff (`changed`: path → commentable
 * new lines; GitHub refuses others with 422), one comment per line listing its errors, at most
 * MAX_INLINE_COMMENTS; every other error is counted per file in the body.
 */
export function planReview(
  errors: readonly RowError[],
  changed: ReadonlyMap<string, ReadonlySet<number>>,
  mark: string,
): ReviewPlan {
  const byLine = new Map<string, RowError[]>();
  const rest = new Map<string, number>();
  for (const e of errors) {
    const key = `${e.path}\u0000${e.line}`;
    if (changed.get(e.path)?.has(e.line) && (byLine.has(key) || byLine.size < MAX_INLINE_COMMENTS)) {
      byLine.set(key, [...(byLine.get(key) ?? []), e]);
    } else rest.set(e.path, (rest.get(e.path) ?? 0) + 1);
  }
  const comments = [...byLine.values()].map((list) => ({
    path: list[0]!.path,
    line: list[0]!.line,
    side: 'RIGHT' as const,
    body: list
      .slice(0, 10)
      .map(
        ({ error }) =>
          `**${escapeMarkdown(error.type)}**${error.field ? ` in ${inlineCode(error.field)}` : ''}: ${escapeMarkdown(error.message, 300)}`,
      )
      .join('\n\n'),
  }));
  const inline = [...byLine.values()].reduce((n, list) => n + list.length, 0);
  const summarised = [...rest.values()].reduce((n, c) => n + c, 0);
  const lines = [
    `### mlci data validation: ${plural(inline + summarised, 'row error')} in this pull request's data`,
    '',
  ];
  lines.push(`${plural(inline, 'error')} on changed lines ${inline === 1 ? 'is' : 'are'} commented inline.`);
  if (summarised) {
    lines.push(
      '',
      `${plural(summarised, 'other error')} (outside the diff, or past ${MAX_INLINE_COMMENTS} comments), by file:`,
      '',
    );
    for (const [path, n] of [...rest].slice(0, 50)) lines.push(`- ${inlineCode(path)}: ${n}`);
  }
  lines.push('', mark);
  return { comments, body: lines.join('\n'), inline, summarised };
}
