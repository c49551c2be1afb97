// A small Python base image made from this machine's own Debian python3: the files of the python3
// package and of its dependencies (dpkg -L), as one layer, pushed to a test registry. Offline
// stand-in for python:3.12-slim, so that an image built with build-image's python preset can be run.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, realpathSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Tools this module and the image runner need, with the Debian package that has each. */
const TOOLS = {
  'dpkg-query': 'dpkg',
  tar: 'tar',
  umoci: 'umoci',
  skopeo: 'skopeo',
  unshare: 'util-linux',
} as const;

/** Fails (never skips) with the missing tools and the packages to install. */
export function requireTools(names: readonly (keyof typeof TOOLS)[] = Object.keys(TOOLS) as never): void {
  const missing = names.filter((t) => spawnSync('sh', ['-c', `command -v ${t}`]).status !== 0);
  if (missing.length) {
    const packages = [...new Set(missing.map((t) => TOOLS[t]))].join(' ');
    throw new Error(`missing tools: ${missing.join(', ')} (apt-get install ${packages})`);
  }
}

/** The OCI architecture of this machine (the files are its binaries). */
export const ARCH = process.arch === 'arm64' ? 'arm64' : 'amd64';

/** Packages a serving python needs at run time: dpkg itself (a Pre-Depends) is not one of them. */
const NOT_AT_RUNTIME = new Set(['dpkg']);
/** Documentation and translations: not needed to serve. */
const SKIPPED = /^\/usr\/share\/(doc|man|info|locale|lintian)\//;

async function dependencyClosure(root: string): Promise<string[]> {
  const seen = new Set<string>();
  const queue = [root];
  while (queue.length) {
    const name = queue.shift() as string;
    if (seen.has(name) || NOT_AT_RUNTIME.has(name)) continue;
    seen.add(name);
    const { stdout } = await run('dpkg-query', ['-W', '-f', `\${Pre-Depends}, \${Depends}`, name]);
    for (const clause of stdout.split(',')) {
      // "a (>= 1) | b": the first alternative; ":any" is the multi-arch qualifier.
      const first = clause
        .split('|')[0]
        .replace(/\(.*?\)/g, '')
        .replace(/:any/, '')
        .trim();
      if (first) queue.push(first);
    }
  }
  return [...seen];
}

/** Files and symlinks of the packages, each under its canonical directory (merged /usr: /lib is /usr/lib). */
async function packageFiles(packages: readonly string[]): Promise<string[]> {
  const { stdout } = await run('dpkg', ['-L', ...packages], { maxBuffer: 64 * 1024 * 1024 });
  const files = new Set<string>();
  for (const path of stdout.split('\n')) {
    if (!path.startsWith('/') || SKIPPED.test(path)) continue;
    let stat: ReturnType<typeof lstatSync>;
    try {
      stat = lstatSync(path);
    } catch {
      continue; // listed but removed (a conffile deleted by the admin)
    }
    if (!stat.isFile() && !stat.isSymbolicLink()) continue;
    files.add(join(realpathSync(dirname(path)), basename(path)).slice(1));
  }
  return [...files].sort();
}

export interface BaseImage {
  /** `host/repo:tag` as pushed. */
  readonly ref: string;
  readonly packages: readonly string[];
}

/**
 * Builds the base image (one layer; PATH set; `python` -> python3 as python-is-python3 does, since the
 * python preset's entrypoint is `python`) and pushes it to `ref` on a plain-http loopback registry.
 */
export async function pushDebianPythonBase(ref: string): Promise<BaseImage> {
  requireTools(['dpkg-query', 'tar', 'umoci', 'skopeo']);
  const work = await mkdtemp(join(tmpdir(), 'mlci-pybase-'));
  try {
    const packages = await dependencyClosure('python3');
    const list = join(work, 'files');
    await writeFile(list, `${(await packageFiles(packages)).join('\n')}\n`);
    const rootfs = join(work, 'rootfs');
    await mkdir(rootfs);
    await run('sh', [
      '-c',
      'tar -C / --no-recursion -cf - -T "$1" 2>/dev/null | tar -C "$2" -xf -',
      'sh',
      list,
      rootfs,
    ]);
    for (const [link, target] of [
      ['bin', 'usr/bin'],
      ['lib', 'usr/lib'],
      ['lib64', 'usr/lib64'],
      ['usr/bin/python', 'python3'],
    ]) {
      // merged /usr: libc6 lists /lib64 (and may list /lib) itself
      if (!existsSync(join(rootfs, link))) await symlink(target, join(rootfs, link));
    }
    await mkdir(join(rootfs, 'tmp'), { mode: 0o1777 });
    const layout = join(work, 'layout');
    await run('umoci', ['init', '--layout', layout]);
    await run('umoci', ['new', '--image', `${layout}:base`]);
    await run('umoci', ['insert', '--image', `${layout}:base`, rootfs, '/']);
    await run('umoci', [
      'config',
      '--image',
      `${layout}:base`,
      '--os',
      'linux',
      '--architecture',
      ARCH,
      '--config.env',
      'PATH=/usr/local/bin:/usr/bin:/bin',
      '--config.env',
      'LANG=C.UTF-8',
      '--config.cmd',
      'python3',
    ]);
    await run('skopeo', ['copy', '-q', '--dest-tls-verify=false', `oci:${layout}:base`, `docker://${ref}`]);
    return { ref, packages };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
