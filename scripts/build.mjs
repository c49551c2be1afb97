#!/usr/bin/env node
// Builds every bundle: tsc -> <out>/build, action.yml files generated from the command specs, then one
// ncc bundle per action, one for the umbrella action and one for the CLI. `--out DIR` builds into
// another directory (the check-dist test compares that with the committed dist/ and action.yml files).
// `--only NAME[,NAME]` builds only those bundles, and `--compiled DIR` (inside the repository) compiles
// there instead of build/: for a developer's own bundle while someone else builds (such bundles embed
// other module paths, so they are never what check-dist compares). `--generate-only` stops after the
// generated sources (action.yml files, mlci.yml's validator, the data checks' WebAssembly), before any bundle.
import { execFile } from 'node:child_process';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { renderActionYml } from './action-yml.mjs';
import { renderConfigValidator, VALIDATOR_PATH } from './config-validator.mjs';
import { DATA_WASM_PATH, renderDataWasm } from './data-wasm.mjs';

const run = promisify(execFile);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outFlag = process.argv.indexOf('--out');
const out = outFlag === -1 ? root : resolve(process.argv[outFlag + 1]);
const flag = (name) =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined;
// root/build by default: ncc resolves node_modules from there, and module paths end up in the bundle.
const compiled = resolve(root, flag('--compiled') ?? 'build');
const only = flag('--only')?.split(',');
const node = process.execPath;

await rm(compiled, { recursive: true, force: true });
await run(node, [
  join(root, 'node_modules/typescript/bin/tsc'),
  '-p',
  join(root, 'tsconfig.build.json'),
  '--outDir',
  compiled,
]);
// build/ must load as ESM for the spec imports below and for ncc.
await writeFile(join(compiled, 'package.json'), '{ "type": "module" }\n');

const { CAPABILITIES } = await import(pathToFileURL(join(compiled, 'actions/commands.js')).href);
const { spec: runSpec } = await import(pathToFileURL(join(compiled, 'actions/run/spec.js')).href);

const entries = [
  { name: 'cli', main: 'cli/index.js' },
  { name: 'run', main: 'actions/run/main.js' },
];
for (const { spec } of CAPABILITIES) {
  entries.push({ name: spec.name, main: `actions/${spec.name}/main.js` });
  await mkdir(join(out, 'actions', spec.name), { recursive: true });
  await writeFile(
    join(out, 'actions', spec.name, 'action.yml'),
    renderActionYml(spec, `../../dist/${spec.name}/index.js`),
  );
}
await writeFile(join(out, 'action.yml'), renderActionYml({ ...runSpec, name: 'mlci' }, 'dist/run/index.js'));

/**
 * A generated source (`path`: src/….generated.ts, relative to the repository): into the sources (committed,
 * checked to be current by a unit test) and, as JavaScript, into the compiled tree the bundles are made
 * from (tsc compiled the previous one).
 */
async function writeGenerated(path, text) {
  await mkdir(dirname(join(out, path)), { recursive: true });
  await writeFile(join(out, path), text);
  const js = join(compiled, relative('src', path).replace(/\.ts$/, '.js'));
  await writeFile(js, text.replace(/^\/\/ @ts-nocheck.*\n/, ''));
}
// mlci.yml's validator, compiled ahead of time.
const { configSchema } = await import(pathToFileURL(join(compiled, 'config/schema.js')).href);
await writeGenerated(VALIDATOR_PATH, renderConfigValidator(configSchema()));
// The data checks' WebAssembly (src/core/data/wasm/), compiled from its AssemblyScript source.
await writeGenerated(DATA_WASM_PATH, await renderDataWasm());
if (process.argv.includes('--generate-only')) process.exit(0);

const selected = only ? entries.filter(({ name }) => only.includes(name)) : entries;
if (only && selected.length !== only.length)
  throw new Error(`--only: unknown bundle in ${only}; known: ${entries.map((e) => e.name)}`);
if (only)
  for (const { name } of selected) await rm(join(out, 'dist', name), { recursive: true, force: true });
else await rm(join(out, 'dist'), { recursive: true, force: true });
const ncc = join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
const bundle = async ({ name, main }) => {
  const started = Date.now();
  await run(
    node,
    [ncc, 'build', join(compiled, main), '-o', join(out, 'dist', name), '--license', 'licenses.txt', '-q'],
    {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  console.log(`built dist/${name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
};
// Two at a time: the machines have two cores.
const queue = [...selected];
await Promise.all(
  [0, 1].map(async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) await bundle(entry);
  }),
);
const files = await readdir(join(out, 'dist'), { recursive: true });
console.log(`dist: ${files.length} files in ${relative(process.cwd(), join(out, 'dist')) || '.'}`);
