import { describe, expect, test } from '@jest/globals';
import { renderSummary } from '../../../../src/actions/build-image/summary.js';
import { imageReport } from '../../../../src/core/image/report.js';

describe('build-image job summary', () => {
  const digest = `sha256:${'a'.repeat(64)}` as const;
  const report = imageReport({
    image: 'ghcr.io/acme/model',
    reference: `ghcr.io/acme/model@${digest}`,
    digest,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    tags: ['v1'],
    platforms: [],
    layers: [
      {
        name: 'weights <img src=x> | @octocat [x](https://evil)',
        role: 'weights',
        origin: 'built',
        digest,
        size: 3 * 1024 * 1024,
        mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
        compression: 'stored',
        action: 'uploaded',
        bytesSent: 3 * 1024 * 1024,
        seconds: 0.5,
      },
    ],
    annotations: { 'org.opencontainers.image.source': 'https://github.com/acme/model' },
    outputs: {},
    pushed: true,
  });

  test('one row per layer, with names from files escaped (no HTML, mention, link or broken table)', () => {
    const md = renderSummary(report);
    const row = md.split('\n').find((line) => line.includes('weights'))!;
    expect(row).toBe(
      '| weights &#60;img src=x&#62; &#124; &#64;octocat &#91;x&#93;(https://evil) | `aaaaaaaaaaaa` | 3.00 MiB | stored | uploaded | 3.00 MiB | 0.50 |',
    );
    expect(md).toContain(`**Image:** \`ghcr.io/acme/model@${digest}\``);
  });
});
