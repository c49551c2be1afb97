// Log text that cannot act: the GitHub runner reads every line a step prints (stdout and stderr) and
// acts on `::command::…` at the start of a line (after leading white space) and on the older
// `##[command]…` anywhere in it; it ends a line at CR as well as LF. A file name, field name, metric name,
// server reply or subprocess line carrying `\n::add-mask::true` or `\r::stop-commands::x` would otherwise
// issue that command in mlci's name (reference/reliability-and-security.md §2.6, tj-actions masking).

// C0 controls except TAB, DEL, C1 controls, the Unicode line and paragraph separators, and the bidi
// overrides and isolates (a name that reads differently from what it is).
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// Colour (SGR) sequences are kept: the log viewer renders them and they cannot move the cursor, clear
// the screen or set the clipboard as other escape sequences can in a terminal.
const SGR = /^\u001b\[[0-9;]{0,32}m/;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\u001b': '\\e' };

function shown(ch: string): string {
  const code = ch.charCodeAt(0);
  return NAMED[ch] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`);
}

/** `text` on one line with every control character shown as an escape (`\n`, `\r`, `\x07`, `\u202e`). */
export function visible(text: string): string {
  return text.replace(CONTROL, (ch, offset: number) =>
    ch === '\u001b' && SGR.test(text.slice(offset, offset + 36)) ? ch : shown(ch),
  );
}

/**
 * One log line no runner can read as a workflow command: control characters shown, a leading `::` (after
 * white space) preceded by a backslash, and every `##[` broken as `##\[`. mlci issues its own commands
 * through @actions/core, after this.
 */
export function inertLine(text: string): string {
  const line = visible(text).replace(/##\[/g, '##\\[');
  return /^\s*::/.test(line) ? `\\${line}` : line;
}

/**
 * A block mlci wrote on purpose over several lines (the job summary, help text): its LF line breaks are
 * kept, every line made inert, and any other line break (a lone CR) shown.
 */
export function inertBlock(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => inertLine(line))
    .join('\n');
}
