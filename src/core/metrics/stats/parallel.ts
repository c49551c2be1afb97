import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { fnv1a32 } from '../rng.js';
import { type RankedArgs, rankedKernel, type SumsArgs, sumsKernel } from './kernels.js';

/**
 * Resamples run in fixed chunks, each seeded from (metric seed, chunk number): the result is the same
 * whatever the number of threads, so a report is byte-identical on a 2-core runner and a laptop.
 */
export const CHUNK = 250;

const KERNELS = { sums: sumsKernel, ranked: rankedKernel } as const;
type KernelName = keyof typeof KERNELS;
type ArgsOf<K extends KernelName> = K extends 'sums' ? SumsArgs : RankedArgs;

/** The seed of chunk `index` of a metric's stream. */
export function chunkSeed(seed: number, index: number): number {
  return fnv1a32(`${seed}#${index}`);
}

/** Below this many draws (resamples × examples) threads cost more than they save. */
const PARALLEL_FROM = 20_000_000;

/**
 * Runs `resamples` resamples of a kernel in chunks, on worker threads when the work is large, and
 * concatenates the chunks' outputs in chunk order.
 */
export async function runKernel<K extends KernelName>(
  name: K,
  args: Omit<ArgsOf<K>, 'resamples' | 'seed'>,
  resamples: number,
  seed: number,
  options: { threads?: number; examples: number; onResamples?: (count: number) => void },
): Promise<Float64Array> {
  const chunks: { resamples: number; seed: number }[] = [];
  for (let done = 0, index = 0; done < resamples; done += CHUNK, index++) {
    chunks.push({ resamples: Math.min(CHUNK, resamples - done), seed: chunkSeed(seed, index) });
  }
  const threads = Math.min(options.threads ?? availableParallelism(), chunks.length);
  const kernel = KERNELS[name] as (a: ArgsOf<K>) => Float64Array;
  let parts: Float64Array[];
  if (threads <= 1 || resamples * options.examples < PARALLEL_FROM) {
    parts = chunks.map((chunk) => {
      const out = kernel({ ...args, ...chunk } as ArgsOf<K>);
      options.onResamples?.(chunk.resamples);
      return out;
    });
  } else {
    parts = await onWorkers(name, args, chunks, threads, options.onResamples);
  }
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const out = new Float64Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

// The worker evaluates the kernels' own source text: ncc bundles have no separate worker file, and
// the kernels are written to be self-contained for exactly this (kernels.ts).
const workerSource = () => `
const { parentPort, workerData } = require('node:worker_threads');
const kernels = { sums: ${sumsKernel.toString()}, ranked: ${rankedKernel.toString()} };
parentPort.on('message', ({ index, chunk }) => {
  const out = kernels[workerData.name]({ ...workerData.args, ...chunk });
  parentPort.postMessage({ index, out }, [out.buffer]);
});
`;

async function onWorkers(
  name: KernelName,
  args: object,
  chunks: readonly { resamples: number; seed: number }[],
  threads: number,
  onResamples?: (count: number) => void,
): Promise<Float64Array[]> {
  const parts = new Array<Float64Array>(chunks.length);
  let next = 0;
  const source = workerSource();
  const workers = Array.from(
    { length: threads },
    () => new Worker(source, { eval: true, workerData: { name, args } }),
  );
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => {
              if (next >= chunks.length) return resolve();
              const index = next++;
              worker.postMessage({ index, chunk: chunks[index] });
            };
            worker.on('message', ({ index, out }: { index: number; out: Float64Array }) => {
              parts[index] = out;
              onResamples?.(chunks[index]!.resamples);
              feed();
            });
            worker.on('error', reject);
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return parts;
}
