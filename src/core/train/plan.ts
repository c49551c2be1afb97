import { UsageError } from '../errors.js';
import { didYouMean } from '../text/suggest.js';
import { stageUsageError } from './errors.js';
import { workspacePath } from './paths.js';
import { type Stage, stageOutputs } from './stage.js';

/** Stages by name and, for each, the stages it needs (declared `depends-on`, plus deps on their outputs). */
export interface StageGraph {
  readonly stages: ReadonlyMap<string, Stage>;
  readonly upstream: ReadonlyMap<string, readonly string[]>;
}

const isGlob = (path: string) => /[*?[{]/.test(path);
const within = (inner: string, outer: string) => inner === outer || inner.startsWith(`${outer}/`);

/**
 * The graph of `stages`: an edge A -> B when B declares `depends-on: [A]` or one of B's deps is, or
 * holds, one of A's outputs (as DVC links stages). Unknown names and cycles are usage errors naming them.
 */
export function buildGraph(stages: readonly Stage[]): StageGraph {
  const byName = new Map<string, Stage>();
  for (const stage of stages) {
    if (byName.has(stage.name)) throw stageUsageError(stage, 'is declared twice');
    byName.set(stage.name, stage);
  }
  const producers = stages.flatMap((stage) =>
    stageOutputs(stage).map((out) => ({ stage: stage.name, out: workspacePath(stage.wdir, out) })),
  );
  const upstream = new Map<string, string[]>();
  for (const stage of stages) {
    for (const name of stage.dependsOn) {
      if (!byName.has(name)) {
        throw stageUsageError(
          stage,
          `depends on unknown stage '${name}'${didYouMean(name, [...byName.keys()])}`,
        );
      }
    }
    const inferred = stage.deps
      .filter((dep) => !isGlob(dep))
      .map((dep) => workspacePath(stage.wdir, dep))
      .flatMap((dep) => producers.filter(({ out }) => within(dep, out) || within(out, dep)))
      .map(({ stage: producer }) => producer)
      .filter((producer) => producer !== stage.name);
    upstream.set(stage.name, [...new Set([...stage.dependsOn, ...inferred])]);
  }
  const graph = { stages: byName, upstream };
  const cycle = findCycle(graph);
  if (cycle) {
    throw new UsageError(`stages form a cycle: ${cycle.join(' -> ')}`, {
      where: byName.get(cycle[0]!)?.where,
      hint: 'remove one `depends-on` (or the dep on another stage’s output) to break the cycle',
    });
  }
  return graph;
}

/** A cycle as a closed path of names ('a -> b -> a'), or undefined. Colouring DFS. */
export function findCycle(graph: StageGraph): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (name: string): string[] | undefined => {
    if (state.get(name) === 'done') return undefined;
    if (state.get(name) === 'open') return [...path.slice(path.indexOf(name)), name];
    state.set(name, 'open');
    path.push(name);
    for (const up of graph.upstream.get(name) ?? []) {
      const cycle = visit(up);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(name, 'done');
    return undefined;
  };
  for (const name of graph.stages.keys()) {
    const cycle = visit(name);
    if (cycle) return cycle;
  }
  return undefined;
}

/**
 * Stages to run for `targets` (all stages when empty), dependencies first (DFS post-order).
 *
 *             evaluate
 *                |
 *              train
 *             /     \
 *        prepare   featurize
 *
 *   planTraining(g, ['evaluate'])                      = ['prepare', 'featurize', 'train', 'evaluate']
 *   planTraining(g, ['prepare'], { downstream: true }) = ['prepare', 'train', 'evaluate']
 */
export function planTraining(
  graph: StageGraph,
  targets: readonly string[],
  opts: { downstream?: boolean } = {},
): string[] {
  for (const target of targets) {
    if (!graph.stages.has(target)) {
      throw new UsageError(`unknown stage '${target}'${didYouMean(target, [...graph.stages.keys()])}`, {
        hint: `declared stages: ${[...graph.stages.keys()].join(', ')}`,
      });
    }
  }
  const roots = targets.length ? targets : [...graph.stages.keys()];
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const up of graph.upstream.get(name) ?? []) visit(up);
    order.push(name);
  };
  for (const root of roots) visit(root);
  if (!opts.downstream || targets.length === 0) return order;
  // Downstream: the targets and every stage that (transitively) needs one, still in dependency order.
  const wanted = new Set(targets);
  const all: string[] = [];
  const seenAll = new Set<string>();
  const visitAll = (name: string) => {
    if (seenAll.has(name)) return;
    seenAll.add(name);
    for (const up of graph.upstream.get(name) ?? []) visitAll(up);
    all.push(name);
  };
  for (const name of graph.stages.keys()) visitAll(name);
  for (const name of all) {
    if ((graph.upstream.get(name) ?? []).some((up) => wanted.has(up))) wanted.add(name);
  }
  return all.filter((name) => wanted.has(name));
}

/** Every stage that (transitively) needs `name`, in plan order. */
export function dependentsOf(graph: StageGraph, plan: readonly string[], name: string): string[] {
  const hit = new Set([name]);
  for (const stage of plan) {
    if ((graph.upstream.get(stage) ?? []).some((up) => hit.has(up))) hit.add(stage);
  }
  return plan.filter((stage) => stage !== name && hit.has(stage));
}
