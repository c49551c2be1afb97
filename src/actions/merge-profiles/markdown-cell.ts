/**
 * Text from data (column names, values) as one markdown table cell: no HTML, no @mentions, no link or
 * table breakouts, no line breaks (reference/reliability-and-security.md §2.6).
 */
export function cell(text: string, max = 120): string {
  const short = text.length > max ? `${text.slice(0, max)}…` : text;
  return short
    .replace(/[\\`*_{}[\]()<>#+!|~]/g, (ch) => `\\${ch}`)
    .replace(/@/g, '@\u200b')
    .replace(/\r?\n|\r/g, ' ');
}
