import { existsSync, readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import {
  type ProjectFacts,
  guessTrainScript,
  pickDataFile,
  starterConfig,
  starterWorkflow,
} from '../../core/init/starter.js';
import { inlineCode } from '../../core/text/markdown.js';
import type { ActionIO } from '../../platform/io.js';
import { inferSchema } from '../infer-schema/infer-schema.js';
import { readString } from '../inputs.js';

const WORKFLOW = '.github/workflows/mlci.yml';
const SKIP = new Set(['node_modules', '.git', '.venv', 'venv', '__pycache__', '.mlci', '.dvc']);

/** Project files, relative with `/`, three levels deep at most (enough to find data and scripts). */
function listFiles(root: string, at = '', depth = 0): string[] {
  if (depth > 3) return [];
  const out: string[] = [];
  for (const entry of readdirSync(join(root, at), { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const path = at ? `${at}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(root, path, depth + 1));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/** `mlci init`: writes what is missing, keeps what exists, and says what to run next. */
export async function init(io: ActionIO): Promise<void> {
  const root = resolve(io.cwd, readString(io.inputs, 'dir', '.'));
  if (!existsSync(root)) throw new UsageError(`the directory ${root} does not exist`);
  const files = listFiles(root);
  const data = readString(io.inputs, 'data') ?? pickDataFile(files);
  if (data && !existsSync(join(root, data))) throw new UsageError(`the data file ${data} does not exist`);
  const written: string[] = [];
  const kept: string[] = [];
  /** Writes `path` unless it exists ('wx': not even a file created meanwhile is replaced). */
  const create = async (path: string, text: string) => {
    const target = join(root, path);
    await mkdir(dirname(target), { recursive: true });
    try {
      await writeFile(target, text, { flag: 'wx' });
      written.push(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      kept.push(path);
    }
  };

  const facts: { -readonly [K in keyof ProjectFacts]: ProjectFacts[K] } = {
    data,
    dvcFile: files.includes('dvc.yaml') ? 'dvc.yaml' : undefined,
    trainScript: guessTrainScript(files),
  };
  if (data) {
    const dir = posix.dirname(data) === '.' ? '' : `${posix.dirname(data)}/`;
    const schema = files.find((f) => f === `${dir}schema.yaml` || f === `${dir}schema.json`);
    facts.schema = schema ?? `${dir}schema.yaml`;
    const profile = `${dir}reference-profile.json`;
    if (!schema) {
      await inferInto(io, root, data, facts.schema, profile, written, kept);
      facts.referenceProfile = profile;
    } else {
      kept.push(schema);
      if (files.includes(profile)) facts.referenceProfile = profile;
    }
  }
  await create('mlci.yml', starterConfig(facts));
  await create(WORKFLOW, starterWorkflow());

  const shown = (p: string) => relative(io.cwd, join(root, p)) || '.';
  for (const path of written) io.log.info(`wrote ${shown(path)}`);
  for (const path of kept) io.log.info(`kept ${shown(path)} (it exists)`);
  io.output('written', written.join(','));
  io.output('kept', kept.join(','));
  const config = shown('mlci.yml');
  const next = [
    `npx mlci run --config ${config}`,
    `git add ${[...new Set([...written])].map(shown).join(' ')} && git commit -m "Add mlci"`,
  ];
  await io.summary(
    [
      '### mlci init',
      '',
      ...written.map((p) => `- wrote ${inlineCode(shown(p))}`),
      ...kept.map((p) => `- kept ${inlineCode(shown(p))} (it exists)`),
      '',
      'Next:',
      '',
      ...next.map((command) => `- ${inlineCode(command)}`),
    ].join('\n'),
  );
}

/** infer-schema's own command, for the schema and the reference profile; files that exist are kept. */
async function inferInto(
  io: ActionIO,
  root: string,
  data: string,
  schema: string,
  profile: string,
  written: string[],
  kept: string[],
): Promise<void> {
  const profileExists = existsSync(join(root, profile));
  const inputs = new Map([
    ['data', data],
    ['out', schema],
    ...(profileExists ? [] : [['profile-out', profile] as [string, string]]),
  ]);
  await inferSchema({
    ...io,
    cwd: root,
    inputs: { get: (name) => inputs.get(name) },
    output: () => {},
    summary: async () => {},
    log: { ...io.log, info: () => {} },
  });
  written.push(schema);
  (profileExists ? kept : written).push(profile);
}
