import type { Cell, Inline } from './document.js';

/** Terminal text has no markdown: control characters are made visible, nothing is escaped. */
function clean(text: string): string {
  return text
    .replace(/\r\n|\r|\n|\t/g, ' ')
    .replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069\u200e\u200f]/g, '\ufffd');
}

/** Inline pieces as plain text; a link shows its text only. */
export function inlinePlain(parts: Cell): string {
  if (typeof parts === 'string') return clean(parts);
  return parts
    .map((part: Inline) =>
      clean(
        typeof part === 'string'
          ? part
          : 'code' in part
            ? part.code
            : 'strong' in part
              ? part.strong
              : part.text,
      ),
    )
    .join('');
}
