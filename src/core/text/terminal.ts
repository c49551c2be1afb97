/**
 * Job-summary markdown (as mlci writes it: headings, pipe tables, lists, quotes, code, <details>) as a
 * human reads it in a terminal: aligned tables, ✓/✗, no `\_` escapes, colours only when asked for.
 * Inert (DESIGN.md "Trust boundaries"): every control character of the input, ESC included, is shown
 * as U+FFFD before any escape sequence of ours is added, so text from data cannot drive the terminal.
 */
export interface TerminalStyle {
  /** ANSI colours and bold (the caller decides: a TTY and no NO_COLOR). */
  readonly color: boolean;
  /** Terminal width: the widest table columns are cut (with …) to fit it. None: never cut. */
  readonly columns?: number;
}

/** Each style with its own reset (22: bold/dim off, 39: default colour), so they nest: a ✓ in a heading. */
const SGR = {
  bold: ['1', '22'],
  dim: ['2', '22'],
  red: ['31', '39'],
  green: ['32', '39'],
  yellow: ['33', '39'],
  cyan: ['36', '39'],
} as const;
type Sgr = keyof typeof SGR;

const paint = (style: TerminalStyle, code: Sgr, text: string) =>
  style.color && text ? `\u001b[${SGR[code][0]}m${text}\u001b[${SGR[code][1]}m` : text;

const ANSI = /\u001b\[[0-9;]*m/g;

/** Columns a string takes in a terminal: wide East Asian and emoji count 2, joiners and selectors 0. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text.replace(ANSI, '')) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp === 0x200b || cp === 0x200d || cp === 0xfe0f || (cp >= 0x300 && cp <= 0x36f)) continue;
    const wide =
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      (cp >= 0x1f000 && cp <= 0x1faff) ||
      (cp >= 0x20000 && cp <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

/** Status emoji of the summaries as one-column marks, coloured by meaning. */
const MARKS: readonly [RegExp, string, Sgr][] = [
  [/✅\ufe0f?/g, '✓', 'green'],
  [/❌\ufe0f?/g, '✗', 'red'],
  [/⚠\ufe0f?/g, '⚠', 'yellow'],
  [/ℹ\ufe0f?/g, 'ℹ', 'dim'],
];

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** One line of inline markdown: code spans, bold, links, escapes, entities, marks. */
export function renderInline(line: string, style: TerminalStyle): string {
  const parts: string[] = [];
  // Code spans first: their content is literal (no escapes inside).
  const pattern = /(`+)( ?)(.*?)\2\1(?!`)/g;
  let at = 0;
  for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
    parts.push(prose(line.slice(at, m.index), style), paint(style, 'cyan', m[3]));
    at = m.index + m[0].length;
  }
  parts.push(prose(line.slice(at), style));
  return parts.join('');
}

function prose(text: string, style: TerminalStyle): string {
  let out = text
    // tags mlci writes (<br>, <sub>, <b>…): an escaped \< is the user's and stays
    .replace(/(^|[^\\])<(\/?)([a-z][a-z0-9]*)(\s[^<>]*)?\/?>/gi, (_, before: string, _c, tag: string) =>
      tag.toLowerCase() === 'br' ? `${before} ` : before,
    )
    .replace(/(^|[^\\])\[([^\]]*)\]\((https?:[^)\s]*)\)/g, (_, before: string, label: string, url: string) =>
      label === url ? `${before}${url}` : `${before}${label} (${url})`,
    )
    .replace(/\*\*(.+?)\*\*/g, (_, bold: string) => paint(style, 'bold', bold))
    .replace(/\\([\\`*_{}[\]()<>#+!|~\-=:.])/g, '$1')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name] ?? _)
    .replace(/\u200b/g, '');
  for (const [emoji, mark, color] of MARKS) out = out.replace(emoji, paint(style, color, mark));
  return out;
}

/** Cells of a `| a | b\| c |` row: a `\|` is part of a cell. */
function cells(row: string): string[] {
  const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.trim());
}

const isSeparator = (row: string) => /^\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$/.test(row.trim());

function renderTable(rows: readonly string[], style: TerminalStyle): string[] {
  const [head, separator, ...body] = rows;
  const right = isSeparator(separator ?? '') ? cells(separator).map((c) => c.endsWith(':')) : [];
  const grid = [head, ...(right.length ? body : rows.slice(1))].map((r) =>
    cells(r).map((c) => (STATUS[c] ? paint(style, STATUS[c], c) : renderInline(c, style))),
  );
  const columns = Math.max(...grid.map((r) => r.length));
  const widths = fitWidths(
    Array.from({ length: columns }, (_, i) => Math.max(...grid.map((r) => displayWidth(r[i] ?? '')))),
    style.columns,
  );
  const line = (row: readonly string[]) =>
    widths
      .map((w, i) => {
        const text = cut(row[i] ?? '', w);
        const pad = ' '.repeat(w - displayWidth(text));
        return right[i] ? pad + text : text + pad;
      })
      .join('  ')
      .trimEnd();
  const [first, ...rest] = grid;
  return [
    `  ${line(first.map((c) => paint(style, 'bold', c.replace(ANSI, ''))))}`,
    `  ${paint(style, 'dim', widths.map((w) => '─'.repeat(w)).join('  '))}`,
    ...rest.map((r) => `  ${line(r)}`),
  ];
}

/** Column widths that fit `total` columns (2 indent, 2 between): the widest give way first, to 8. */
function fitWidths(widths: number[], total: number | undefined): number[] {
  if (!total) return widths;
  const out = [...widths];
  const room = total - 2 - 2 * (out.length - 1);
  while (out.reduce((a, b) => a + b, 0) > room) {
    const widest = out.indexOf(Math.max(...out));
    if (out[widest] <= 8) break;
    out[widest]--;
  }
  return out;
}

/** A cell cut to `width` columns with …; a cut cell loses its colours (they could be cut in half). */
function cut(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const ch of text.replace(ANSI, '')) {
    if (displayWidth(`${out}${ch}`) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/** Status words of table cells, coloured by meaning. */
const STATUS: Record<string, Sgr> = { pass: 'green', ok: 'green', fail: 'red', error: 'red', warn: 'yellow' };

/**
 * The index of the `</details>` that closes a fold opened just before `from`, when everything in between
 * is blank or one mermaid chart; undefined otherwise.
 */
function onlyChartUntilClose(lines: readonly string[], from: number): number | undefined {
  let inChart = false;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    if (inChart) {
      if (/^(`{3,}|~{3,})\s*$/.test(line)) inChart = false;
      continue;
    }
    if (/^\s*<\/details>\s*$/i.test(line)) return i;
    if (/^(`{3,}|~{3,})\s*mermaid\s*$/.test(line)) inChart = true;
    else if (line.trim() !== '') return undefined;
  }
  return undefined;
}

/** The whole summary for a terminal; a trailing newline is not added. */
export function renderMarkdown(markdown: string, style: TerminalStyle): string {
  const lines = markdown
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\ufffd')
    .split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = /^(`{3,}|~{3,})\s*(\w*)/.exec(line);
    if (fence) {
      // A mermaid chart is drawn by GitHub, not a terminal: it is left out (mlci puts its numbers in a table too).
      const chart = fence[2] === 'mermaid';
      for (i++; i < lines.length && !lines[i].startsWith(fence[1]); i++)
        if (!chart) out.push(`    ${lines[i]}`);
      continue;
    }
    if (line.trimStart().startsWith('|')) {
      const table: string[] = [];
      for (; i < lines.length && lines[i].trimStart().startsWith('|'); i++) table.push(lines[i]);
      i--;
      out.push(...renderTable(table, style));
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      out.push(paint(style, 'bold', renderInline(heading[2], style)));
      continue;
    }
    if (/^\s*<!--.*-->\s*$/.test(line)) continue; // a hidden marker is hidden here too
    const summary = /^\s*<details>\s*<summary>(.*?)<\/summary>\s*$/i.exec(line);
    if (summary) {
      const end = onlyChartUntilClose(lines, i + 1);
      if (end !== undefined) {
        i = end; // a fold that holds nothing but a chart has nothing to show here
        continue;
      }
      out.push(paint(style, 'dim', `▸ ${renderInline(summary[1], style)}`));
      continue;
    }
    if (/^\s*<\/?details>\s*$/i.test(line)) continue;
    const quote = /^>\s?(.*)$/.exec(line);
    if (quote) {
      out.push(`${paint(style, 'dim', '│')} ${renderInline(quote[1], style)}`);
      continue;
    }
    const item = /^(\s*)[-*]\s+(.*)$/.exec(line);
    if (item) {
      out.push(`${item[1]}• ${renderInline(item[2], style)}`);
      continue;
    }
    out.push(renderInline(line, style));
  }
  // At most one blank line in a row, none at the ends.
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}
