import { posix } from 'node:path';
import { UsageError } from '../errors.js';
import type { LayerRole } from './layer.js';
import { collectSource, layerMembers, type SourceMember, type SourceSpec } from './sources.js';

/** The files of an image, by role; each list keeps the user's order. */
export interface LayerInputs {
  /** Model weights: every file of at least `splitBytes` becomes its own layer; the rest share one. */
  readonly weights: readonly string[];
  readonly metadata: readonly string[];
  /** Explicit `{source, destination}` layers, one layer each, between metadata and code. */
  readonly layers: readonly SourceSpec[];
  readonly code: readonly string[];
  readonly modelDir: string;
  readonly appDir: string;
  readonly splitBytes: number;
}

/** One layer to build: its name, role and sorted members. */
export interface LayerPlan {
  readonly name: string;
  readonly role: LayerRole;
  readonly members: readonly SourceMember[];
}

/** Parses `SOURCE:/destination` (split at the last `:/`, so `C:\w:/opt/w` works on Windows). */
export function parseLayerSpec(text: string): SourceSpec {
  const at = text.lastIndexOf(':/');
  if (at <= 0) {
    throw new UsageError(`layer "${text}" is not SOURCE:/destination`, {
      hint: 'for example model/:/opt/model/ or serve.py:/opt/app/serve.py',
    });
  }
  return { source: text.slice(0, at).trim(), destination: text.slice(at + 1).trim() };
}

const into = (dir: string) => (dir.endsWith('/') ? dir : `${dir}/`);

/**
 * Layers ordered stable → volatile, so a code change re-pushes only the last layer and unchanged
 * weights are found by digest (cog's --separate-weights, jib's layering):
 *
 *   weights: big.safetensors (own layer), shard-2.bin (own layer), small files (one layer)
 *   metadata → explicit layers (in order) → code
 *
 * Large files one layer each also lets two cores compress different files at once.
 */
export async function planLayers(inputs: LayerInputs, context: string): Promise<LayerPlan[]> {
  const plans: LayerPlan[] = [];
  const weights: SourceMember[] = [];
  for (const source of inputs.weights)
    weights.push(...(await collectSource({ source, destination: into(inputs.modelDir) }, context)));
  const big = weights.filter((m) => m.entry.type === 'file' && m.entry.size >= inputs.splitBytes);
  const small = weights.filter((m) => !big.includes(m));
  for (const member of big.sort((a, b) => (a.entry.path < b.entry.path ? -1 : 1))) {
    plans.push({
      name: `weights ${posix.basename(member.entry.path)}`,
      role: 'weights',
      members: layerMembers([member], 'weights'),
    });
  }
  if (small.some((m) => m.entry.type !== 'directory') || (big.length === 0 && small.length)) {
    plans.push({ name: 'weights', role: 'weights', members: layerMembers(small, 'weights') });
  }
  const group = async (name: string, role: LayerRole, specs: readonly SourceSpec[]) => {
    if (!specs.length) return;
    const members: SourceMember[] = [];
    for (const spec of specs) members.push(...(await collectSource(spec, context)));
    plans.push({ name, role, members: layerMembers(members, name) });
  };
  await group(
    'metadata',
    'metadata',
    inputs.metadata.map((source) => ({ source, destination: into(inputs.modelDir) })),
  );
  for (const [i, spec] of inputs.layers.entries())
    await group(`layer ${i + 1} (${spec.destination})`, 'files', [spec]);
  await group(
    'code',
    'code',
    inputs.code.map((source) => ({ source, destination: into(inputs.appDir) })),
  );
  return plans;
}
