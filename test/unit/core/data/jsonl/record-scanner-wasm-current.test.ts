import { readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import {
  RECORD_SCANNER_WASM_PATH,
  renderRecordScannerWasm,
  // @ts-expect-error -- a build script in plain JavaScript, without type declarations
} from '../../../../../scripts/record-scanner-wasm.mjs';

describe("the JSONL record scanner's WebAssembly", () => {
  test('is what its AssemblyScript source compiles to (run `node scripts/build.mjs --generate-only` after an edit)', async () => {
    const committed = readFileSync(RECORD_SCANNER_WASM_PATH, 'utf8');
    expect(committed === (await renderRecordScannerWasm())).toBe(true);
  }, 60_000);
});
