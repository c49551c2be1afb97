// A Frictionless Data Package through the validate-data command function: foreign keys across resources
// (single and composite), nulls skipped, a dangling key reported with file/row/field/value/resource, and
// the package's own mistakes (a missing resource, a cycle) as usage errors pointing at the descriptor.
import { describe, expect, test } from '@jest/globals';
import { runValidateData } from '../../support/validate-data-run.js';

const customers = 'customer_id,region,name\n1,eu,Ada\n2,eu,Bob\n3,us,Cy\n';
// Row 4 has a dangling customer_id (99), row 5 a null one, row 6 a (region, customer_id) pair not in customers.
const orders = 'order_id,customer_id,region\n10,1,eu\n11,99,eu\n12,,us\n13,2,us\n14,3,us\n';

const customerSchema = {
  fields: [
    { name: 'customer_id', type: 'integer' },
    { name: 'region', type: 'string' },
    { name: 'name', type: 'string' },
  ],
  primaryKey: ['customer_id'],
};

function descriptor(orderKeys: unknown[], extra: unknown[] = []) {
  return JSON.stringify(
    {
      name: 'shop',
      resources: [
        // Listed before the resource it references: the command must read customers first anyway.
        {
          name: 'orders',
          path: 'data/orders.csv',
          schema: {
            fields: [
              { name: 'order_id', type: 'integer' },
              { name: 'customer_id', type: 'integer' },
              { name: 'region', type: 'string' },
            ],
            foreignKeys: orderKeys,
          },
        },
        { name: 'customers', path: ['data/customers.csv'], schema: 'schemas/customers.json' },
        ...extra,
      ],
    },
    null,
    2,
  );
}

const byCustomer = { fields: ['customer_id'], reference: { resource: 'customers', fields: ['customer_id'] } };
const byPair = {
  fields: ['region', 'customer_id'],
  reference: { resource: 'customers', fields: ['region', 'customer_id'] },
};

function files(dp: string): Record<string, string> {
  return {
    'pkg/datapackage.json': dp,
    'pkg/data/customers.csv': customers,
    'pkg/data/orders.csv': orders,
    'pkg/schemas/customers.json': JSON.stringify(customerSchema),
  };
}

describe('validate-data with a data package', () => {
  test('a dangling key and a composite key are foreign-key errors; a null key is skipped', async () => {
    const run = await runValidateData(files(descriptor([byCustomer, byPair])), {
      datapackage: 'pkg/datapackage.json',
    });
    expect(run.error?.message).toMatch(/foreign-key/);
    expect(run.exitCode).toBe(1);
    const report = run.report!;
    expect(report.valid).toBe(false);
    expect(report.files.map((f) => [f.path, f.rows])).toEqual([
      ['pkg/data/customers.csv', 3],
      ['pkg/data/orders.csv', 5],
    ]);
    const fk = report.errors.filter((e) => e.type === 'foreign-key');
    expect(fk.map((e) => [e.resource, e.file, e.row, e.field, e.value])).toEqual([
      ['orders', 'pkg/data/orders.csv', 3, 'region, customer_id', 'eu, 99'],
      ['orders', 'pkg/data/orders.csv', 3, 'customer_id', '99'],
      ['orders', 'pkg/data/orders.csv', 5, 'region, customer_id', 'us, 2'],
    ]);
    expect(report.errorCounts).toEqual({ 'foreign-key': 3 });
    expect(run.outputs['error-count']).toBe('3');
    // The summary names the resource beside file:row (markdown-escaped, as every data-derived cell).
    expect(run.summary).toContain(
      '| foreign-key | orders \\(pkg/data/orders.csv:3\\) | customer\\_id | 99 |',
    );
    // Annotations land on the data file at the failing row.
    expect(
      run.annotations.some(
        (a) => a.props?.where?.file === 'pkg/data/orders.csv' && a.props?.where?.line === 3,
      ),
    ).toBe(true);
  });

  test('clean data passes; the referenced resource is still checked by its own schema', async () => {
    const clean = files(descriptor([byCustomer]));
    clean['pkg/data/orders.csv'] = 'order_id,customer_id,region\n10,1,eu\n11,,us\n';
    const ok = await runValidateData(clean, { datapackage: 'pkg/datapackage.json' });
    expect(ok.exitCode).toBe(0);
    expect(ok.report!.valid).toBe(true);
    clean['pkg/data/customers.csv'] = 'customer_id,region,name\n1,eu,Ada\n1,us,Dup\n';
    const dup = await runValidateData(clean, { datapackage: 'pkg/datapackage.json' });
    expect(dup.exitCode).toBe(1);
    expect(dup.report!.errors.map((e) => [e.type, e.resource, e.row])).toEqual([
      ['primary-key', 'customers', 3],
    ]);
  });

  test('a reference to a resource not in the package is exit 2 at the descriptor line', async () => {
    const dp = descriptor([{ fields: ['customer_id'], reference: { resource: 'clients', fields: ['id'] } }]);
    const run = await runValidateData(files(dp), { datapackage: 'pkg/datapackage.json' });
    expect(run.exitCode).toBe(2);
    expect(run.error?.message).toContain('"clients", which is not in the package');
    expect(run.error?.where?.file).toBe('pkg/datapackage.json');
    expect(dp.split('\n')[run.error!.where!.line! - 1]).toContain('"resource": "clients"');
    expect(run.report).toBeUndefined();
  });

  test('a schema path outside the package directory is exit 2 before any file is read', async () => {
    const dp = descriptor([byCustomer]).replace('schemas/customers.json', '../secret.json');
    const run = await runValidateData(files(dp), { datapackage: 'pkg/datapackage.json' });
    expect(run.exitCode).toBe(2);
    expect(run.error?.message).toContain('must stay inside the package directory');
    expect(run.error?.where?.file).toBe('pkg/datapackage.json');
  });

  test('a referenced field the resource lacks is exit 2', async () => {
    const dp = descriptor([
      { fields: ['customer_id'], reference: { resource: 'customers', fields: ['id'] } },
    ]);
    const run = await runValidateData(files(dp), { datapackage: 'pkg/datapackage.json' });
    expect(run.exitCode).toBe(2);
    expect(run.error?.message).toMatch(/field\(s\) id that resource "customers" does not have/);
  });

  test('a cycle of references is exit 2 naming the cycle', async () => {
    const dp = descriptor(
      [byCustomer],
      [
        {
          name: 'a',
          path: 'data/customers.csv',
          schema: {
            fields: customerSchema.fields,
            foreignKeys: [{ fields: ['customer_id'], reference: { resource: 'b', fields: ['customer_id'] } }],
          },
        },
        {
          name: 'b',
          path: 'data/customers.csv',
          schema: {
            fields: customerSchema.fields,
            foreignKeys: [{ fields: ['customer_id'], reference: { resource: 'a', fields: ['customer_id'] } }],
          },
        },
      ],
    );
    const run = await runValidateData(files(dp), { datapackage: 'pkg/datapackage.json' });
    expect(run.exitCode).toBe(2);
    expect(run.error?.message).toContain('cycle: a -> b -> a');
    expect(run.error?.where?.file).toBe('pkg/datapackage.json');
  });

  test('`data` with `datapackage` is a usage error; a YAML descriptor works', async () => {
    const both = await runValidateData(files(descriptor([])), {
      datapackage: 'pkg/datapackage.json',
      data: 'x.csv',
    });
    expect(both.exitCode).toBe(2);
    const yaml = files('');
    delete yaml['pkg/datapackage.json'];
    yaml['pkg/datapackage.yaml'] = [
      'resources:',
      '  - name: customers',
      '    path: data/customers.csv',
      '    schema: schemas/customers.json',
      '  - name: orders',
      '    path: data/orders.csv',
      '    dialect: {delimiter: ","}',
      '    schema:',
      '      fields: [{name: order_id, type: integer}, {name: customer_id, type: integer}, {name: region}]',
      '      foreignKeys:',
      '        - fields: customer_id',
      '          reference: {resource: customers, fields: customer_id}',
      '',
    ].join('\n');
    const run = await runValidateData(yaml, { datapackage: 'pkg/datapackage.yaml' });
    expect(run.exitCode).toBe(1);
    expect(run.report!.errors.map((e) => [e.type, e.row, e.value])).toEqual([['foreign-key', 3, '99']]);
  });
});
