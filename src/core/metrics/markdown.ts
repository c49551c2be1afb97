/**
 * Text from metrics files, predictions and errors made inert before it goes into markdown (reliability
 * §2.6 MD-01…MD-09): no HTML, links, images, @mentions, #references, table breaks or bidi tricks.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(
      /[\u202a-\u202e\u2066-\u2069\u200e\u200f]/g,
      (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase()}`,
    )
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\\`*_{}[\]()<>#+!|~]/g, (ch) => `\\${ch}`)
    .replace(/&/g, '&amp;')
    .replace(/@/g, '@\u200b')
    .replace(/^(\s*)-/, '$1\\-')
    .replace(/::/g, ':\u200b:');
}
