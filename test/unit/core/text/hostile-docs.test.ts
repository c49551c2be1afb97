// Issue 9 §5: every loader of a user's or a pull request's document gets the same hostile documents, and
// each is a usage error (exit 2) naming the file — never a crash that reaches "failed unexpectedly", never
// gigabytes of memory. Before the shared budgets (core/text/yaml-doc.ts), the alias bomb in mlci.yml,
// dvc.yaml or a YAML metrics file threw a bare ReferenceError.
import { describe, expect, test } from '@jest/globals';
import { parseConfig } from '../../../../src/config/loader.js';
import { readTableChecks } from '../../../../src/core/data/checks/table-checks.js';
import { loadSchema } from '../../../../src/core/data/table-schema/load-any.js';
import { parseSourceDoc } from '../../../../src/core/data/table-schema/source-doc.js';
import { MlciError } from '../../../../src/core/errors.js';
import { parseMetricsFile } from '../../../../src/core/metrics/read/metrics-file.js';
import { parseDvcYaml } from '../../../../src/core/train/dvc-yaml.js';

/** Nine levels of nine aliases each: 9^9 strings once expanded. */
const ALIAS_BOMB = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((name, i) => {
    const prev = 'abcdefghi'[i]!;
    return `${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`;
  }),
  // Under the key dvc.yaml needs, so each loader gets as far as building the value.
  'stages: { s: *i }',
].join('\n');

const HOSTILE: Record<string, { text: string; message: RegExp; line?: number }> = {
  'alias bomb': { text: ALIAS_BOMB, message: /alias/i, line: 2 },
  'over 16 MiB': { text: `x: "${'a'.repeat(16 * 1024 * 1024 + 1)}"`, message: /larger than 16 MiB/ },
};

/** More values than the document budget: one loader is enough (parsing it takes seconds; the code is shared). */
const MANY_VALUES = `x: [${Array(200_001).fill('1').join(',')}]`;

const LOADERS: Record<string, (text: string) => unknown> = {
  'mlci.yml': (text) => parseConfig(text, 'mlci.yml'),
  'dvc.yaml': (text) => parseDvcYaml(text, 'dvc.yaml'),
  schema: (text) => loadSchema(parseSourceDoc('schema.yaml', text)),
  'checks file': (text) => readTableChecks(parseSourceDoc('checks.yaml', text), []),
  'metrics file': (text) => parseMetricsFile(text, 'metrics.yaml'),
};

/** What a loader threw, or its promise rejected with (a schema loads asynchronously). */
async function thrownBy(load: () => unknown): Promise<unknown> {
  try {
    await load();
  } catch (thrown) {
    return thrown;
  }
  throw new Error('the loader accepted a hostile document');
}

describe.each(Object.entries(LOADERS))('%s', (_name, load) => {
  test.each(Object.entries(HOSTILE))('%s: exit 2 naming the file, at its position', async (_doc, hostile) => {
    const thrown = await thrownBy(() => load(hostile.text));
    expect(thrown).toBeInstanceOf(MlciError);
    const error = thrown as MlciError;
    expect(error.message).toMatch(hostile.message);
    expect(error.exitCode).toBe(2);
    expect(error.where?.file).toBeDefined();
    if (hostile.line) expect(error.where?.line).toBe(hostile.line);
  });
});

describe('field and metric counts', () => {
  test('a document of more than 200,000 values is exit 2 at load', async () => {
    const error = (await thrownBy(() => parseConfig(MANY_VALUES, 'mlci.yml'))) as MlciError;
    expect(error).toBeInstanceOf(MlciError);
    expect(error.message).toMatch(/more than 200000 values/);
    expect(error.exitCode).toBe(2);
  });

  test('a schema of 10,001 fields is exit 2 at load', async () => {
    const fields = Array.from({ length: 10_001 }, (_, i) => ({ name: `f${i}` }));
    const error = (await thrownBy(() =>
      loadSchema(parseSourceDoc('schema.json', JSON.stringify({ fields }))),
    )) as MlciError;
    expect(error).toBeInstanceOf(MlciError);
    expect(error.message).toMatch(/10001 fields, more than 10000/);
    expect(error.exitCode).toBe(2);
  });

  test('a metrics file of 10,001 metrics is exit 2 at load', async () => {
    const metrics = Object.fromEntries(Array.from({ length: 10_001 }, (_, i) => [`m${i}`, i]));
    const error = (await thrownBy(() =>
      parseMetricsFile(JSON.stringify(metrics), 'metrics.json'),
    )) as MlciError;
    expect(error).toBeInstanceOf(MlciError);
    expect(error.message).toMatch(/10001 metrics, more than 10000/);
    expect(error.exitCode).toBe(2);
  });
});
