// Benchmarks write their results into docs/benchmarks.md, each into its own section between
// `<!-- bench:NAME -->` and `<!-- /bench:NAME -->`, so one benchmark's run never erases another's.
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const RESULTS_FILE = join(dirname(fileURLToPath(import.meta.url)), '../../docs/benchmarks.md');

/** Replaces (or appends) the section NAME of docs/benchmarks.md with markdown. */
export async function writeSection(name, markdown) {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  let text = await readFile(RESULTS_FILE, 'utf8').catch(() => '# Benchmarks\n');
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  text =
    from !== -1 && to > from
      ? text.slice(0, from) + block + text.slice(to + end.length)
      : `${text.trimEnd()}\n\n${block}\n`;
  await writeFile(RESULTS_FILE, text);
}

/** "1.23x" with the direction spelt out: ratio of peer time to ours (>1 means we are faster). */
export function ratio(peerSeconds, oursSeconds) {
  return `${(peerSeconds / oursSeconds).toFixed(2)}x`;
}

/** Machine facts printed at the head of every section. */
export async function machine() {
  const os = await import('node:os');
  return `${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
}
