/** Longest comment body read (GitHub's own limit on a comment is 65,536 characters). */
export const MAX_BODY = 65_536;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const QUOTE = /^ {0,3}>/;
const INDENTED = /^( {4}|\t)/;

/**
 * The lines of a comment that a command may start, with their 1-based line numbers: every line that
 * renders as plain paragraph text at its start. Left out: block quotes (and the lazy continuation
 * lines that render inside them), fenced and indented code blocks, and HTML comments, so that
 * `> /mlci accept …` quoting someone else, or a command shown in a code block, is never a command.
 *
 *   "/mlci help"                  -> [{ line: 1, text: "/mlci help" }]
 *   "> /mlci accept a -- r"       -> []
 *   "```\n/mlci rerun\n```"       -> []
 */
export function commandLines(body: string): { line: number; text: string }[] {
  const lines = body.slice(0, MAX_BODY).split(/\r\n|\r|\n/);
  const out: { line: number; text: string }[] = [];
  let fence: string | undefined;
  let inQuote = false;
  let inHtmlComment = false;
  lines.forEach((text, index) => {
    if (fence) {
      const close = FENCE.exec(text);
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length && isFenceOnly(text))
        fence = undefined;
      return;
    }
    if (inHtmlComment) {
      if (text.includes('-->')) inHtmlComment = false;
      return;
    }
    const blank = text.trim() === '';
    if (QUOTE.test(text)) {
      inQuote = true;
      return;
    }
    // A non-blank line right after a quote line is a lazy continuation: it renders inside the quote.
    if (inQuote && !blank) return;
    inQuote = false;
    const open = FENCE.exec(text);
    if (open) {
      fence = open[1];
      return;
    }
    if (/^ {0,3}<!--/.test(text)) {
      if (!text.slice(text.indexOf('<!--') + 4).includes('-->')) inHtmlComment = true;
      return;
    }
    if (blank || INDENTED.test(text)) return;
    out.push({ line: index + 1, text });
  });
  return out;
}

/** A closing fence has nothing but spaces after its backticks or tildes. */
function isFenceOnly(text: string): boolean {
  return /^ {0,3}(`{3,}|~{3,})\s*$/.test(text);
}
