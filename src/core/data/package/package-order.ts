import { UsageError, type Where } from '../../errors.js';
import type { ForeignKey, TableSchema } from '../table-schema/types.js';

/** A resource with its loaded schema; `where` points into the file that holds the schema. */
export interface SchemaResource {
  readonly name: string;
  readonly schema: TableSchema;
  where(path: readonly (string | number)[]): Where;
}

/** A foreign key of one resource into another, with the referenced key set's slot in that resource. */
export interface CrossReference {
  readonly from: string;
  readonly key: ForeignKey & { readonly resource: string };
  /** Index into the referenced resource's `collect` list. */
  readonly slot: number;
}

/** How to validate a package: resources in reading order, and what each must collect and check. */
export interface PackagePlan {
  /** Resource names, every referenced resource before the resources that reference it. */
  readonly order: readonly string[];
  /** Per resource: the field lists whose key tuples other resources look up. */
  readonly collect: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** Per resource: its foreign keys into other resources. */
  readonly references: ReadonlyMap<string, readonly CrossReference[]>;
}

/**
 * Checks every cross-resource foreign key (the resource and its fields exist) and orders the resources
 * so that a referenced resource is read first (its key set is then complete when the referencing one is
 * read, so a miss is reported at once, in one pass). A cycle cannot be ordered: a usage error naming it.
 * Keys naming their own resource are not in `references`: the table checks them itself (KeyChecks).
 */
export function planPackage(resources: readonly SchemaResource[]): PackagePlan {
  const byName = new Map(resources.map((r) => [r.name, r]));
  const collect = new Map<string, string[][]>(resources.map((r) => [r.name, []]));
  const references = new Map<string, CrossReference[]>(resources.map((r) => [r.name, []]));
  const edges = new Map<string, string[]>(resources.map((r) => [r.name, []]));
  for (const resource of resources) {
    resource.schema.foreignKeys.forEach((key, k) => {
      if (key.resource === undefined || key.resource === resource.name) return;
      const target = byName.get(key.resource);
      const at = ['foreignKeys', k, 'reference'];
      if (!target)
        throw new UsageError(
          `resource "${resource.name}": foreign key references resource "${key.resource}", which is not in the package`,
          { where: resource.where([...at, 'resource']), hint: `resources: ${[...byName.keys()].join(', ')}` },
        );
      const names = new Set(target.schema.fields.map((f) => f.name));
      const missing = key.referenceFields.filter((f) => !names.has(f));
      if (missing.length > 0)
        throw new UsageError(
          `resource "${resource.name}": foreign key references field(s) ${missing.join(', ')} that resource "${target.name}" does not have`,
          { where: resource.where([...at, 'fields']), hint: `its fields: ${[...names].join(', ')}` },
        );
      const lists = collect.get(target.name)!;
      let slot = lists.findIndex((l) => l.join('\u0000') === key.referenceFields.join('\u0000'));
      if (slot === -1) slot = lists.push([...key.referenceFields]) - 1;
      references
        .get(resource.name)!
        .push({ from: resource.name, key: { ...key, resource: target.name }, slot });
      edges.get(resource.name)!.push(target.name);
    });
  }
  return {
    order: topologicalOrder(
      resources.map((r) => r.name),
      edges,
      byName,
    ),
    collect,
    references,
  };
}

/** Depth-first: a name comes after everything it depends on; a back edge is a cycle. */
function topologicalOrder(
  names: readonly string[],
  edges: ReadonlyMap<string, readonly string[]>,
  byName: ReadonlyMap<string, SchemaResource>,
): string[] {
  const order: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (name: string): void => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'open') {
      const cycle = [...stack.slice(stack.indexOf(name)), name];
      const first = byName.get(cycle[0]!)!;
      const k = first.schema.foreignKeys.findIndex((key) => key.resource === cycle[1]);
      throw new UsageError(`foreign keys form a cycle: ${cycle.join(' -> ')}`, {
        where: first.where(['foreignKeys', Math.max(0, k), 'reference', 'resource']),
        hint: 'a resource can only be checked against resources read before it; break the cycle',
      });
    }
    state.set(name, 'open');
    stack.push(name);
    for (const next of edges.get(name) ?? []) visit(next);
    stack.pop();
    state.set(name, 'done');
    order.push(name);
  };
  for (const name of names) visit(name);
  return order;
}
