import { readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import {
  DATA_WASM_PATH,
  renderDataWasm,
  // @ts-expect-error -- a build script in plain JavaScript, without type declarations
} from '../../../../../scripts/data-wasm.mjs';

describe("the data checks' WebAssembly", () => {
  test('is what its AssemblyScript source compiles to (run `node scripts/build.mjs --generate-only` after an edit)', async () => {
    const committed = readFileSync(DATA_WASM_PATH, 'utf8');
    expect(committed === (await renderDataWasm())).toBe(true);
  }, 60_000);
});
