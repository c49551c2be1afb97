import { describe, expect, test } from '@jest/globals';
import { getValidateDataInputs, pullRequestBase } from '../../../../src/actions/validate-data/inputs.js';
import { spec } from '../../../../src/actions/validate-data/spec.js';
import { UsageError } from '../../../../src/core/errors.js';

const reader = (values: Record<string, string>) => ({ get: (name: string) => values[name] });

describe('validate-data inputs', () => {
  test('the typed inputs are exactly the spec inputs (action.yml is generated from the spec)', () => {
    const inputs = getValidateDataInputs(reader({ data: 'a.csv' }));
    const read = new Set(Object.keys(inputs));
    for (const name of Object.keys(spec.inputs)) expect(read.has(name)).toBe(true);
    expect([...read].sort()).toEqual(Object.keys(spec.inputs).sort());
  });

  test('defaults agree with the spec', () => {
    const inputs = getValidateDataInputs(reader({ data: 'a.csv' }));
    expect(String(inputs.header)).toBe(spec.inputs.header.default);
    expect(inputs.report).toBe(spec.inputs.report.default);
    expect(String(inputs['max-errors'])).toBe(spec.inputs['max-errors'].default);
    expect(String(inputs.workers)).toBe(spec.inputs.workers.default);
    expect(String(inputs['fail-on-error'])).toBe(spec.inputs['fail-on-error'].default);
  });

  test('data is a list; a TAB delimiter survives trimming; bad values are usage errors', () => {
    expect(getValidateDataInputs(reader({ data: 'a.csv\nb/*.csv' })).data).toEqual(['a.csv', 'b/*.csv']);
    expect(getValidateDataInputs(reader({ data: 'a.csv', delimiter: '\t' })).delimiter).toBe('\t');
    expect(() => getValidateDataInputs(reader({}))).toThrow(UsageError);
    expect(() => getValidateDataInputs(reader({ data: 'a', delimiter: ';;' }))).toThrow(
      /one ASCII character/,
    );
    expect(() => getValidateDataInputs(reader({ data: 'a', 'max-errors': '0' }))).toThrow(/max-errors/);
  });

  test('base-ref: the input, else GITHUB_BASE_REF on a pull_request run only', () => {
    const pr = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_BASE_REF: 'main' };
    expect(pullRequestBase(pr)).toBe('main');
    expect(pullRequestBase({ ...pr, GITHUB_EVENT_NAME: 'pull_request_target' })).toBe('main');
    expect(pullRequestBase({ ...pr, GITHUB_EVENT_NAME: 'push' })).toBeUndefined();
    expect(pullRequestBase({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_BASE_REF: ' ' })).toBeUndefined();
    expect(getValidateDataInputs(reader({ data: 'a', 'base-ref': 'v1.2' }))['base-ref']).toBe('v1.2');
    expect(getValidateDataInputs(reader({ data: 'a' }))).toMatchObject({ 'fail-on-schema-change': false });
    expect(
      getValidateDataInputs(reader({ data: 'a', 'fail-on-schema-change': 'true' }))['fail-on-schema-change'],
    ).toBe(true);
  });

  test('datapackage replaces data; combined with data or schema it is a usage error', () => {
    expect(getValidateDataInputs(reader({ datapackage: 'dp.json' }))).toMatchObject({
      data: [],
      datapackage: 'dp.json',
    });
    expect(() => getValidateDataInputs(reader({}))).toThrow(/`data` is required/);
    for (const name of ['data', 'schema', 'profile'])
      expect(() => getValidateDataInputs(reader({ datapackage: 'dp.json', [name]: 'x' }))).toThrow(
        new RegExp(`\`${name}\` cannot be combined with \`datapackage\``),
      );
  });
});
