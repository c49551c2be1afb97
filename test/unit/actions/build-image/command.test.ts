import { describe, expect, test } from '@jest/globals';
import { buildImage } from '../../../../src/actions/build-image/build-image.js';
import { recordingIO } from '../../../support/image-io.js';

// Usage errors found before anything is read or sent (no files, no registry needed).
describe('build-image usage errors', () => {
  test.each([
    [
      { 'promote-from': 'r.example/a@sha256:' + 'a'.repeat(64), image: 'r.example/b', weights: 'w.bin' },
      'input `promote-from` re-tags an existing image; it cannot be combined with `weights`',
    ],
    [
      { 'promote-from': 'r.example/a', image: 'r.example/b' },
      'promote-from "r.example/a" needs a tag or a digest',
    ],
    [{ 'promote-from': 'r.example/a:v1' }, 'promote-from needs `image`, the name to promote to'],
    [{ code: 'app' }, 'nothing to do: no `image` to push, no `oci-layout` and no `docker-tar`'],
    [{ code: 'app', push: 'true' }, 'input `push` is true but `image` is empty'],
    [{ image: `r.example/a@sha256:${'a'.repeat(64)}` }, 'names a digest; give a name (and tags) to push to'],
    [{ image: 'r.example/a', tags: 'bad tag' }, 'tag "bad tag" is not valid'],
  ])('%j', async (inputs, message) => {
    await expect(
      buildImage(recordingIO(inputs as Record<string, string>, '/nonexistent')),
    ).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringContaining(message),
    });
  });
});
