#!/usr/bin/env node
// Runs before `npm test`: the integration tests use real parts (Debian's docker-registry, skopeo,
// umoci, buildah, zstd, cmark-gfm (GitHub's GFM renderer), chromium (mermaid charts drawn headless),
// and scikit-learn/scipy/pandas for /usr/bin/python3). On a fresh Debian machine, as
// root, install what is missing; elsewhere, say exactly what to install and fail (never skip).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const APT_PACKAGES = [
  'docker-registry',
  'skopeo',
  'umoci',
  'buildah',
  'oci-image-tool',
  'busybox-static',
  'python3-sklearn',
  'python3-scipy',
  'python3-pandas',
  'openssl',
  'curl',
  'git',
  'zstd',
  'cmark-gfm',
  'chromium',
];

const onPath = (tool) => spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }).status === 0;
const pythonHas = (mods) =>
  existsSync('/usr/bin/python3') &&
  spawnSync('/usr/bin/python3', ['-c', `import ${mods.join(', ')}`], { stdio: 'ignore' }).status === 0;

function missing() {
  const tools = [
    'docker-registry',
    'skopeo',
    'umoci',
    'buildah',
    'oci-image-tool',
    'busybox',
    'openssl',
    'curl',
    'git',
    'zstd',
    'cmark-gfm',
    'chromium',
  ].filter((tool) => !onPath(tool));
  const python = pythonHas(['sklearn', 'scipy', 'pandas'])
    ? []
    : ['python3-sklearn', 'python3-scipy', 'python3-pandas'];
  return [...tools, ...python];
}

let lacking = missing();
if (lacking.length && process.getuid?.() === 0 && onPath('apt-get')) {
  console.log(`installing the Debian packages the tests need: ${APT_PACKAGES.join(' ')}`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...APT_PACKAGES], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  lacking = missing();
}
if (lacking.length) {
  console.error(`The tests need these Debian packages, missing here: ${lacking.join(' ')}`);
  console.error(`Install them with: sudo apt-get install -y ${APT_PACKAGES.join(' ')}`);
  process.exit(2);
}
