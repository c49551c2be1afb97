// Draws mermaid charts in a real browser: Debian's chromium, headless and offline, with the npm
// `mermaid` package's browser bundle loaded from node_modules by a file:// page.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

/** The mermaid browser bundle, or undefined when the package is not installed. */
export function mermaidBundle(): string | undefined {
  try {
    const file = join(dirname(require.resolve('mermaid/package.json')), 'dist', 'mermaid.min.js');
    return existsSync(file) ? file : undefined;
  } catch {
    return undefined;
  }
}

export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--allow-file-access-from-files',
  '--virtual-time-budget=20000',
];

function page(charts: readonly (readonly [string, string])[], bundle: string): string {
  return `<!doctype html><html><body style="background:#fff"><div id="out"></div>
<script src="${pathToFileURL(bundle).href}"></script>
<script>
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
const charts = ${JSON.stringify(charts).replace(/</g, '\\u003c')};
(async () => {
  for (const [id, code] of charts) {
    const div = document.createElement('div');
    div.id = 'chart-' + id;
    try {
      const { svg } = await mermaid.render('svg-' + id, code);
      div.setAttribute('data-status', 'ok');
      div.innerHTML = svg;
    } catch (e) {
      div.setAttribute('data-status', 'error');
      div.textContent = String((e && e.message) || e);
    }
    document.getElementById('out').appendChild(div);
  }
  document.body.setAttribute('data-done', 'true');
})();
</script></body></html>`;
}

export interface Drawn {
  readonly id: string;
  readonly status: 'ok' | 'error' | 'missing';
  /** The <svg> markup when drawn, the error text otherwise. */
  readonly content: string;
}

/** Renders each chart with mermaid.render() in chromium; returns what the page holds for each. */
export function drawCharts(charts: readonly (readonly [string, string])[], bundle: string): Drawn[] {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-mermaid-'));
  try {
    const html = join(dir, 'charts.html');
    writeFileSync(html, page(charts, bundle));
    const dom = execFileSync(CHROMIUM!, [...FLAGS, '--dump-dom', pathToFileURL(html).href], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 120_000,
    });
    if (!dom.includes('data-done="true"')) throw new Error('the page did not finish drawing');
    return charts.map(([id]) => {
      const match = new RegExp(
        `<div id="chart-${id}" data-status="(ok|error)">([\\s\\S]*?)</div>(?=<div id="chart-|</div>)`,
      ).exec(dom);
      return match
        ? { id, status: match[1] as 'ok' | 'error', content: match[2]! }
        : { id, status: 'missing', content: '' };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A PNG screenshot of one chart drawn in chromium. */
export function screenshot(id: string, code: string, bundle: string, png: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-mermaid-'));
  try {
    const html = join(dir, 'chart.html');
    writeFileSync(html, page([[id, code]], bundle));
    execFileSync(
      CHROMIUM!,
      [
        ...FLAGS,
        `--screenshot=${png}`,
        '--window-size=900,560',
        '--hide-scrollbars',
        pathToFileURL(html).href,
      ],
      {
        stdio: 'ignore',
        timeout: 120_000,
      },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
