import type { Cell, Inline, Node } from './document.js';

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

const width = (text: string) => [...text].length;
const capped = (text: string) => (width(text) > 120 ? `${[...text].slice(0, 120).join('')}…` : text);

/** Nodes as plain text: aligned tables, details as an indented block, charts left out (their tables stay). */
export function nodesPlain(nodes: readonly Node[], indent = ''): string {
  return nodes
    .map((node) => nodePlain(node, indent))
    .filter((text) => text !== '')
    .join('\n\n');
}

function nodePlain(node: Node, indent: string): string {
  switch (node.type) {
    case 'paragraph':
      return indent + inlinePlain(node.parts);
    case 'list':
      return node.items.map((item) => `${indent}- ${inlinePlain(item)}`).join('\n');
    case 'table': {
      if (node.rows.length === 0) return '';
      const rows = [
        node.head.map(clean),
        ...node.rows.map((row) =>
          node.head.map((_, i) => (row[i] === undefined ? '–' : capped(inlinePlain(row[i]!)))),
        ),
      ];
      const widths = node.head.map((_, i) => Math.max(...rows.map((row) => width(row[i]!))));
      const line = (row: readonly string[]) =>
        indent +
        row
          .map((text, i) => {
            const pad = ' '.repeat(widths[i]! - width(text));
            return node.align?.[i] === 'r' ? pad + text : text + pad;
          })
          .join('  ')
          .trimEnd();
      return [
        line(rows[0]!),
        indent + widths.map((w) => '-'.repeat(w)).join('  '),
        ...rows.slice(1).map(line),
      ].join('\n');
    }
    case 'details': {
      const body = nodesPlain(node.body, `${indent}  `);
      return body ? `${indent}${clean(node.summary)}:\n${body}` : '';
    }
    case 'chart':
      return '';
  }
}
