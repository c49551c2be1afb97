import { describe, expect, test } from '@jest/globals';
import { describeSchemaDiff, diffSchemas } from '../../../../../src/core/data/schema-diff/schema-diff.js';

const base = {
  fields: [
    { name: 'id', type: 'integer', constraints: { required: true, unique: true } },
    { name: 'amount', type: 'number', constraints: { minimum: 0 } },
    { name: 'email', type: 'string', format: 'email' },
    { name: 'legacy', type: 'string' },
  ],
  primaryKey: 'id',
};

describe('diffSchemas', () => {
  test('lists columns added, removed, retyped and constraints changed', () => {
    const head = {
      fields: [
        { name: 'id', type: 'integer', constraints: { unique: true, required: true } },
        { name: 'amount', type: 'integer', constraints: { minimum: 0, maximum: 1000 } },
        { name: 'email', type: 'string' },
        { name: 'country', type: 'string', constraints: { enum: ['DE', 'FR'] } },
      ],
      primaryKey: ['id'],
      uniqueKeys: [['email']],
    };
    const diff = diffSchemas(base, head);
    expect(diff.added).toEqual([{ name: 'country', type: 'string' }]);
    expect(diff.removed).toEqual([{ name: 'legacy', type: 'string' }]);
    expect(diff.retyped).toEqual([
      { name: 'amount', from: 'number', to: 'integer' },
      { name: 'email', from: 'string/email', to: 'string' },
    ]);
    // Key order inside constraints and the v1 string primaryKey do not count as changes.
    expect(diff.constraints).toEqual([
      { field: 'amount', key: 'maximum', from: undefined, to: 1000 },
      { key: 'uniqueKeys', from: [], to: [['email']] },
    ]);
    expect(diff.changed).toBe(true);
    expect(describeSchemaDiff(diff)).toEqual([
      'added column "country" (string)',
      'removed column "legacy" (string)',
      'column "amount" retyped: number -> integer',
      'column "email" retyped: string/email -> string',
      'column "amount" constraint maximum: (none) -> 1000',
      'uniqueKeys changed: [] -> [["email"]]',
    ]);
  });

  test('an identical schema has no changes; a reorder is reported', () => {
    expect(diffSchemas(base, structuredClone(base)).changed).toBe(false);
    const reordered = diffSchemas(base, { ...base, fields: [...base.fields].reverse() });
    expect(reordered).toMatchObject({ reordered: true, changed: true, added: [], removed: [] });
  });
});
