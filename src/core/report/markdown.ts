import { cell, codeBlock, escapeMarkdown, htmlText, inlineCode, link } from '../text/markdown.js';
import type { Cell, Inline, Node } from './document.js';

/** Inline pieces as markdown: text escaped, code fenced, links only to URLs mlci built (link()). */
export function inlineMarkdown(parts: Cell, max = 500): string {
  if (typeof parts === 'string') return escapeMarkdown(parts, max);
  return parts.map((part) => piece(part, max)).join('');
}

function piece(part: Inline, max: number): string {
  if (typeof part === 'string') return escapeMarkdown(part, max);
  if ('code' in part) return inlineCode(part.code);
  if ('strong' in part) return `**${escapeMarkdown(part.strong, max)}**`;
  return link(part.text, part.link);
}

/** Whether a node is kept at this budget level (budget.ts). */
export function kept(node: Node, level: number): boolean {
  if (node.drop !== undefined && node.drop <= level) return false;
  if (level >= 3 && node.type === 'details') return false;
  return true;
}

/** Nodes as markdown blocks separated by blank lines; every table row has the header's cell count. */
export function nodesMarkdown(nodes: readonly Node[], level: number): string {
  return nodes
    .filter((node) => kept(node, level))
    .map((node) => nodeMarkdown(node, level))
    .filter((text) => text !== '')
    .join('\n\n');
}

function nodeMarkdown(node: Node, level: number): string {
  switch (node.type) {
    case 'paragraph':
      return inlineMarkdown(node.parts);
    case 'list':
      return node.items.map((item) => `- ${inlineMarkdown(item)}`).join('\n');
    case 'table': {
      if (node.rows.length === 0) return '';
      const width = node.head.length;
      const row = (values: readonly Cell[]) =>
        `| ${Array.from({ length: width }, (_, i) => tableCell(values[i])).join(' | ')} |`;
      const rule = `|${node.head.map((_, i) => (node.align?.[i] === 'r' ? '---:' : '---')).join('|')}|`;
      return [row(node.head), rule, ...node.rows.map(row)].join('\n');
    }
    case 'details': {
      const body = nodesMarkdown(node.body, level);
      if (!body) return '';
      return `<details><summary>${htmlText(node.summary)}</summary>\n\n${body}\n\n</details>`;
    }
    case 'chart':
      return codeBlock(node.mermaid, 'mermaid');
  }
}

function tableCell(value: Cell | undefined): string {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return '–';
  return typeof value === 'string' ? cell(value) : inlineMarkdown(value, 120);
}
