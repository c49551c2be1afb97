import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from '@jest/globals';
import { SPARE_KIND, startSpare, takeSpare } from '../../../../src/actions/validate-data/spare-worker.js';

const ECHO = pathToFileURL(join(import.meta.dirname, '../../../support/fixtures/spare-worker/echo.mjs'));

describe('spare range worker', () => {
  (availableParallelism() < 2 ? test.skip : test)(
    'started once, taken once, and its job arrives as the first message',
    async () => {
      startSpare(ECHO);
      startSpare(ECHO); // a second call while one waits starts no other
      const worker = takeSpare();
      expect(worker).toBeDefined();
      expect(takeSpare()).toBeUndefined();
      try {
        worker!.postMessage({ kind: 'job', start: 7 });
        const [answer] = await once(worker!, 'message');
        expect(answer).toEqual({ started: { kind: SPARE_KIND }, job: { kind: 'job', start: 7 } });
      } finally {
        await worker!.terminate();
      }
    },
  );
});
