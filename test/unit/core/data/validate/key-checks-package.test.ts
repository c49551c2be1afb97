import { describe, expect, test } from '@jest/globals';
import { ErrorCollector } from '../../../../../src/core/data/validate/error-collector.js';
import { KeyChecks } from '../../../../../src/core/data/validate/key-checks.js';
import { loadTableSchema } from '../../../../../src/core/data/table-schema/load-schema.js';
import { parseSourceDoc } from '../../../../../src/core/data/table-schema/source-doc.js';

const schema = (fields: Record<string, string>) =>
  loadTableSchema(
    parseSourceDoc(
      's.json',
      JSON.stringify({ fields: Object.entries(fields).map(([name, type]) => ({ name, type })) }),
    ),
  );

describe('KeyChecks across resources', () => {
  test('the referenced resource collects key tuples; the referencing one finds misses, skipping nulls', () => {
    const customers = new KeyChecks(schema({ region: 'string', id: 'integer' }), false, {
      collect: [['id'], ['region', 'id']],
      references: [],
    });
    expect(customers.active).toBe(true);
    expect([...customers.fieldsUsed].sort()).toEqual([0, 1]);
    const sink = new ErrorCollector();
    customers.row(['eu', 1], undefined, 2, 2, sink, 'customers.csv');
    customers.row(['us', 2], undefined, 3, 3, sink, 'customers.csv');
    customers.row([null, 3], undefined, 4, 4, sink, 'customers.csv'); // no composite tuple with a null
    const [byId, byPair] = customers.collected;
    const orders = new KeyChecks(schema({ customer: 'integer', region: 'string' }), false, {
      collect: [],
      references: [
        { fields: ['customer'], resource: 'customers', referenceFields: ['id'], keys: byId! },
        {
          fields: ['region', 'customer'],
          resource: 'customers',
          referenceFields: ['region', 'id'],
          keys: byPair!,
        },
      ],
    });
    const errors = new ErrorCollector();
    orders.row([1, 'eu'], undefined, 2, 2, errors, 'orders.csv'); // both found
    orders.row([3, null], undefined, 3, 3, errors, 'orders.csv'); // id 3 exists; the pair has a null: skipped
    orders.row([2, 'eu'], undefined, 4, 4, errors, 'orders.csv'); // id found, (eu, 2) is not
    orders.row([9, 'us'], undefined, 5, 5, errors, 'orders.csv'); // neither
    orders.row([null, null], undefined, 6, 6, errors, 'orders.csv'); // all null: skipped
    const found = errors.samples.get('foreign-key') ?? [];
    expect(found.map((e) => [e.row, e.field, e.value])).toEqual([
      [4, 'region, customer', 'eu, 2'],
      [5, 'customer', '9'],
      [5, 'region, customer', 'us, 9'],
    ]);
    expect(found[1]).toMatchObject({ file: 'orders.csv', column: 1, line: 5 });
    expect(found[1]!.message).toContain('no matching row in customers (id)');
    orders.finish(errors, 'orders.csv'); // nothing pending from cross-resource keys
    expect(errors.counts.get('foreign-key')).toBe(3);
  });

  test('values of different types are different keys (integer 1 is not string "1")', () => {
    const ref = new KeyChecks(schema({ id: 'string' }), false, { collect: [['id']], references: [] });
    const sink = new ErrorCollector();
    ref.row(['1'], undefined, 2, 2, sink, 'a.csv');
    const child = new KeyChecks(schema({ id: 'integer' }), false, {
      collect: [],
      references: [{ fields: ['id'], resource: 'a', referenceFields: ['id'], keys: ref.collected[0]! }],
    });
    const errors = new ErrorCollector();
    child.row([1], undefined, 2, 2, errors, 'b.csv');
    expect(errors.counts.get('foreign-key')).toBe(1);
  });
});
