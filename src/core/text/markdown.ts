/**
 * The one markdown choke point (DESIGN.md "Trust boundaries"): text from data, file names, metric
 * names, branch names, PR text or server replies is made inert here before it reaches a job summary,
 * comment, issue, review or check run (reliability §2.6 MD-01…MD-09): no HTML, links, images,
 * @mentions, #references, table breaks, workflow-command words or bidi tricks. The result stays on one
 * line, so it is safe in a table cell, a heading or a list item.
 */
export function escapeMarkdown(text: string, max = Infinity): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return (
    cut
      .replace(
        /[\u202a-\u202e\u2066-\u2069\u200e\u200f]/g,
        (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase()}`,
      )
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd')
      .replace(/\r\n|\r|\n|\t/g, ' ')
      .replace(/[\\`*_{}[\]()<>#+!|~]/g, (ch) => `\\${ch}`)
      .replace(/&/g, '&amp;')
      .replace(/@/g, '@\u200b')
      // GitHub links #123 (and owner/repo#123) on the rendered text, where `\#` is a plain `#` again.
      .replace(/\\#(?=\d)/g, '\\#\u200b')
      .replace(/^(\s*)([-=:])/, '$1\\$2')
      .replace(/::/g, ':\u200b:')
      // GFM's extended autolinks need no brackets: `https://x` and `www.x` become links even escaped.
      .replace(/:\/\//g, ':/\u200b/')
      .replace(/\b(www)\./gi, '$1\u200b.')
  );
}

/** A table cell from untrusted text: escaped, one line, at most `max` characters before escaping. */
export function cell(text: string, max = 120): string {
  return escapeMarkdown(text, max);
}

/**
 * Untrusted text as inline code: the backtick run that fences it is longer than any inside it, and
 * characters a table would act on (`|`, newlines) are replaced, since code spans do not escape them.
 */
export function inlineCode(text: string, max = 200): string {
  const cut = (text.length > max ? `${text.slice(0, max)}…` : text)
    .replace(/\r\n|\r|\n|\t/g, ' ')
    .replace(/\|/g, '¦')
    .replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069\u200e\u200f]/g, '\ufffd');
  const longest = Math.max(0, ...(cut.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = cut.startsWith('`') || cut.endsWith('`') || cut === '' ? ' ' : '';
  return `${fence}${pad}${cut}${pad}${fence}`;
}

/**
 * A fenced code block around untrusted multi-line text (logs, diffs): the fence is longer than any
 * backtick run inside, so the text cannot close it and become markdown.
 */
export function codeBlock(text: string, language = ''): string {
  const clean = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd');
  const longest = Math.max(2, ...(clean.match(/`{3,}/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${clean.replace(/\n?$/, '\n')}${fence}`;
}

/**
 * Untrusted text inside an HTML block (`<summary>…</summary>`), where markdown escapes would show
 * literally: HTML-escaped, one line, and `@`/`#` broken with a zero-width space so GitHub's mention
 * and reference linking, which runs on the rendered text, finds nothing.
 */
export function htmlText(text: string, max = 200): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return cut
    .replace(/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/g, '')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/([@#])/g, '$1\u200b')
    .replace(/::/g, ':\u200b:')
    .replace(/:\/\//g, ':/\u200b/');
}

/**
 * A link whose text is untrusted and whose URL mlci built itself (a file at a commit on the
 * repository's own server). A URL that is not plain https without spaces, brackets or quotes is
 * refused: the escaped text is returned without a link.
 */
export function link(text: string, url: string, max = 120): string {
  const label = escapeMarkdown(text, max);
  if (!/^https:\/\/[^\s()<>"'`\\[\]]+$/.test(url)) return label;
  return `[${label}](${url})`;
}

/**
 * A label inside a mermaid chart (axis category, series title), which mermaid parses itself: only
 * ASCII letters, digits, space and `._-/` survive, at most `max` characters, so no directive (`%%`),
 * HTML or quote can reach the chart source. Always non-empty.
 */
export function mermaidLabel(text: string, max = 24): string {
  const clean = text
    .replace(/[^A-Za-z0-9 ._\-/]/g, '_')
    .replace(/\s+/g, ' ')
    .trim();
  const cut = clean.length > max ? `${clean.slice(0, max - 1)}~` : clean;
  return cut || '_';
}

/**
 * Untrusted text as a mermaid label (timeline periods and events): only letters, digits, spaces and
 * `._/+-@` survive, `@` loses its mention power, and the result is capped. Mermaid reads `:` as an event
 * separator, `#`/`;` as entity and statement syntax, and brackets/quotes as node shapes, so all of
 * them go.
 */
export function mermaidText(text: string, max = 60): string {
  const kept = text
    .replace(/[^A-Za-z0-9 ._/+@-]/g, ' ')
    .replace(/@/g, 'at ')
    .replace(/\s+/g, ' ')
    .trim();
  return (kept.length > max ? `${kept.slice(0, max)}…` : kept) || '-';
}
