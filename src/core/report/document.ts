/**
 * The report as a small tree of plain values, before any markdown: sections build it from the JSON
 * reports with raw (untrusted) strings, and two renderers turn it into markdown (escaping every string
 * at the one choke point, src/core/text/markdown.ts) or aligned plain text for a terminal.
 */

/** Overall and per-section verdict. `info` sections (a profile, an image) neither pass nor fail. */
export type Verdict = 'pass' | 'fail' | 'inconclusive' | 'info';

/** A piece of a line: plain text (escaped when rendered), code, bold, or a link mlci built. */
export type Inline =
  | string
  | { readonly code: string }
  | { readonly strong: string }
  | { readonly link: string; readonly text: string };

/**
 * What the size budget (budget.ts) may drop, in order: a node whose `drop` is ≤ the budget level
 * is left out of the rendering. Undefined: kept at every level but the last two.
 */
export type DropLevel = 1 | 2 | 3;

/** A table cell: one line of inline pieces. */
export type Cell = readonly Inline[] | string;

export type Node =
  | { readonly type: 'paragraph'; readonly parts: readonly Inline[]; readonly drop?: DropLevel }
  | { readonly type: 'list'; readonly items: readonly (readonly Inline[])[]; readonly drop?: DropLevel }
  | {
      readonly type: 'table';
      readonly head: readonly string[];
      /** `r` right-aligns the column (numbers). */
      readonly align?: readonly ('l' | 'r')[];
      readonly rows: readonly (readonly Cell[])[];
      readonly drop?: DropLevel;
    }
  | {
      readonly type: 'details';
      readonly summary: string;
      readonly body: readonly Node[];
      readonly drop?: DropLevel;
    }
  | {
      /** Mermaid source built only from numbers and mermaidLabel()s; always beside its table. */
      readonly type: 'chart';
      readonly kind: string;
      readonly mermaid: string;
      readonly drop?: DropLevel;
    };

/** One input report rendered: its title, verdict, one headline and the body. */
export interface Section {
  readonly kind: string;
  readonly file: string;
  readonly title: string;
  readonly verdict: Verdict;
  /** Why, in one line: kept at every budget level but the last. */
  readonly headline: readonly Inline[];
  readonly body: readonly Node[];
}

/** Table cells from values: null/undefined become an en dash. */
export function cells(...values: readonly (Cell | number | null | undefined)[]): Cell[] {
  return values.map((value) =>
    value === null || value === undefined ? '–' : typeof value === 'number' ? String(value) : value,
  );
}
