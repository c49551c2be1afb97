import { execFileSync } from 'node:child_process';
import { expect } from '@jest/globals';

/**
 * GitHub's own GFM implementation (Debian's cmark-gfm) with the extensions github.com enables.
 * `--unsafe` keeps raw HTML as GitHub's renderer does before its sanitizer, so a tag that slipped
 * through escaping shows up here.
 */
export function renderGfm(markdown: string): string {
  return execFileSync(
    'cmark-gfm',
    ['--unsafe', '-e', 'table', '-e', 'autolink', '-e', 'tagfilter', '-e', 'strikethrough'],
    {
      input: markdown,
      encoding: 'utf8',
    },
  );
}

/** Tags cmark emits for markdown itself, plus the few HTML tags mlci writes on purpose. */
const ALLOWED = new Set([
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
  ...['code', 'pre', 'strong', 'em', 'a', 'blockquote', 'del', 'hr'],
  ...['details', 'summary', 'br', 'sup'],
]);

export interface GfmFacts {
  readonly html: string;
  readonly tables: number;
  readonly links: readonly string[];
}

/**
 * Renders `markdown` and asserts what a reviewer would see is safe and whole: only allowed tags; every
 * table row with its header's cell count; no image; links only to `allowedLink`; no live @mention in
 * text (mentions inside code are inert on GitHub); every <details> closed.
 */
export function expectSafeGfm(
  markdown: string,
  allowedLink: RegExp = /^https:\/\/github\.com\/acme\//,
): GfmFacts {
  const html = renderGfm(markdown);
  const tags = [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)\b/g)].map((m) => m[1]!.toLowerCase());
  expect(tags.filter((t) => !ALLOWED.has(t))).toEqual([]);
  expect(html).not.toMatch(/<img/i);
  const tables = [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)];
  for (const [, table] of tables) {
    const rows = [...table!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(
      ([, row]) => (row!.match(/<t[hd]\b/g) ?? []).length,
    );
    expect(new Set(rows).size).toBe(1);
  }
  const links = [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]!);
  for (const href of links) expect(href).toMatch(allowedLink);
  const text = html.replace(/<code>[\s\S]*?<\/code>/g, '').replace(/<[^>]+>/g, ' ');
  expect(text).not.toMatch(/(^|[^\w`])@[A-Za-z0-9]/);
  expect(html.match(/<details>/g)?.length ?? 0).toBe(html.match(/<\/details>/g)?.length ?? 0);
  return { html, tables: tables.length, links };
}
