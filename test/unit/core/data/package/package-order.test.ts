import { describe, expect, test } from '@jest/globals';
import { readDataPackage } from '../../../../../src/core/data/package/data-package.js';
import { planPackage, type SchemaResource } from '../../../../../src/core/data/package/package-order.js';
import { loadTableSchema } from '../../../../../src/core/data/table-schema/load-schema.js';
import { parseSourceDoc } from '../../../../../src/core/data/table-schema/source-doc.js';
import { UsageError } from '../../../../../src/core/errors.js';

/** Resources from a datapackage.json text, with their inline schemas loaded. */
function resources(text: string): SchemaResource[] {
  const pkg = readDataPackage(parseSourceDoc('datapackage.json', text));
  return pkg.resources.map((r) => {
    const doc = r.schema as Exclude<typeof r.schema, string | undefined>;
    return { name: r.name, schema: loadTableSchema(doc), where: doc.where };
  });
}

function pkg(
  list: { name: string; fields: string[]; fks?: { fields: string[]; resource: string; ref: string[] }[] }[],
) {
  return JSON.stringify(
    {
      resources: list.map((r) => ({
        name: r.name,
        path: `${r.name}.csv`,
        schema: {
          fields: r.fields.map((name) => ({ name, type: 'string' })),
          foreignKeys: (r.fks ?? []).map((fk) => ({
            fields: fk.fields,
            reference: { resource: fk.resource, fields: fk.ref },
          })),
        },
      })),
    },
    null,
    2,
  );
}

describe('planPackage', () => {
  test('a referenced resource comes before the resources that reference it, whatever the listed order', () => {
    const plan = planPackage(
      resources(
        pkg([
          {
            name: 'items',
            fields: ['order_id', 'sku'],
            fks: [{ fields: ['order_id'], resource: 'orders', ref: ['id'] }],
          },
          {
            name: 'orders',
            fields: ['id', 'cid'],
            fks: [{ fields: ['cid'], resource: 'customers', ref: ['id'] }],
          },
          { name: 'customers', fields: ['id'] },
        ]),
      ),
    );
    expect(plan.order).toEqual(['customers', 'orders', 'items']);
    expect(plan.collect.get('customers')).toEqual([['id']]);
    expect(plan.collect.get('orders')).toEqual([['id']]);
    expect(plan.collect.get('items')).toEqual([]);
    expect(plan.references.get('items')!.map((r) => [r.key.resource, r.slot])).toEqual([['orders', 0]]);
  });

  test('two keys on the same referenced fields share one key set; different fields get their own', () => {
    const plan = planPackage(
      resources(
        pkg([
          { name: 'a', fields: ['x', 'y'] },
          {
            name: 'b',
            fields: ['p', 'q'],
            fks: [
              { fields: ['p'], resource: 'a', ref: ['x'] },
              { fields: ['q'], resource: 'a', ref: ['x'] },
              { fields: ['p', 'q'], resource: 'a', ref: ['x', 'y'] },
            ],
          },
        ]),
      ),
    );
    expect(plan.collect.get('a')).toEqual([['x'], ['x', 'y']]);
    expect(plan.references.get('b')!.map((r) => r.slot)).toEqual([0, 0, 1]);
  });

  test('a cycle is a usage error that names it and points at the descriptor line', () => {
    const text = pkg([
      { name: 'a', fields: ['x'], fks: [{ fields: ['x'], resource: 'b', ref: ['y'] }] },
      { name: 'b', fields: ['y'], fks: [{ fields: ['y'], resource: 'c', ref: ['z'] }] },
      { name: 'c', fields: ['z'], fks: [{ fields: ['z'], resource: 'a', ref: ['x'] }] },
    ]);
    let error: unknown;
    try {
      planPackage(resources(text));
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(UsageError);
    const usage = error as UsageError;
    expect(usage.exitCode).toBe(2);
    expect(usage.message).toContain('a -> b -> c -> a');
    expect(usage.where?.file).toBe('datapackage.json');
    const line = text.split('\n')[usage.where!.line! - 1]!;
    expect(line).toContain('"resource": "b"');
  });

  test('a key naming its own resource is not a cross-resource edge (no cycle)', () => {
    const plan = planPackage(
      resources(
        pkg([
          {
            name: 'tree',
            fields: ['id', 'parent'],
            fks: [{ fields: ['parent'], resource: 'tree', ref: ['id'] }],
          },
        ]),
      ),
    );
    expect(plan.order).toEqual(['tree']);
    expect(plan.references.get('tree')).toEqual([]);
  });

  test('a missing resource or field is a usage error at the reference', () => {
    const missing = pkg([
      { name: 'a', fields: ['x'], fks: [{ fields: ['x'], resource: 'nope', ref: ['x'] }] },
    ]);
    expect(() => planPackage(resources(missing))).toThrow(/"nope", which is not in the package/);
    const noField = pkg([
      { name: 'a', fields: ['x'] },
      { name: 'b', fields: ['y'], fks: [{ fields: ['y'], resource: 'a', ref: ['id'] }] },
    ]);
    expect(() => planPackage(resources(noField))).toThrow(/field\(s\) id that resource "a" does not have/);
  });
});

describe('readDataPackage', () => {
  const read = (value: unknown) => readDataPackage(parseSourceDoc('dp.json', JSON.stringify(value)));
  test('paths may be a string or a list; dialect and format are read', () => {
    const pkg = read({
      resources: [
        {
          name: 'a',
          path: ['a1.csv', 'a2.csv'],
          schema: 'a.schema.json',
          format: 'csv',
          dialect: { delimiter: ';', header: false },
        },
      ],
    });
    expect(pkg.resources[0]).toMatchObject({
      name: 'a',
      paths: ['a1.csv', 'a2.csv'],
      schema: 'a.schema.json',
      delimiter: ';',
      header: false,
    });
  });
  test('paths outside the package, URLs, duplicate names and missing schemas are usage errors', () => {
    expect(() => read({ resources: [{ name: 'a', path: '../x.csv', schema: {} }] })).toThrow(/stay inside/);
    expect(() => read({ resources: [{ name: 'a', path: '/etc/passwd', schema: {} }] })).toThrow(
      /stay inside/,
    );
    expect(() => read({ resources: [{ name: 'a', path: 'https://x/y.csv', schema: {} }] })).toThrow(/remote/);
    expect(() =>
      read({
        resources: [
          { name: 'a', path: 'a.csv', schema: {} },
          { name: 'a', path: 'b.csv', schema: {} },
        ],
      }),
    ).toThrow(/duplicate resource name/);
    expect(() => read({ resources: [{ name: 'a', path: 'a.csv', schema: 42 }] })).toThrow(
      /`schema` must be an object or a path/,
    );
    // No schema at all is allowed (the spec's SHOULD): the validator infers one.
    expect(read({ resources: [{ name: 'a', path: 'a.csv' }] }).resources[0]!.schema).toBeUndefined();
    expect(() => read({ resources: [] })).toThrow(/non-empty/);
  });
});
