import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { parseDvcYaml } from '../../core/train/dvc-yaml.js';
import { parseStage, parseStages } from '../../core/train/parse-stages.js';
import type { Stage } from '../../core/train/stage.js';
import { loadConfig } from '../../config/loader.js';
import type { TrainInputs } from './inputs.js';

/** A single stage from the action's inputs: `params` items are `key` (params.yaml) or `file:key`. */
function stageFromInputs(inputs: TrainInputs): Stage {
  const params = inputs.params.map((item) => {
    const colon = item.lastIndexOf(':');
    return colon > 0 ? { [item.slice(0, colon)]: [item.slice(colon + 1)] } : item;
  });
  return parseStage(
    inputs.name,
    {
      cmd: inputs.cmd,
      deps: inputs.deps,
      params,
      outs: inputs.outs,
      metrics: inputs.metrics,
      plots: inputs.plots,
      env: inputs.env,
      'pass-env': inputs['pass-env'],
      seed: inputs.seed,
      timeout: inputs.timeout,
      verify: inputs.verify,
      shell: inputs.shell,
    },
    { file: 'action inputs', path: [] },
  );
}

async function fromDvc(cwd: string, file: string, warn: (message: string) => void): Promise<Stage[]> {
  const path = resolve(cwd, file);
  const text = await readFile(path, 'utf8').catch((cause) => {
    throw new UsageError(`cannot read ${file}`, { cause, hint: 'check the `dvc-file` input' });
  });
  return parseDvcYaml(text, relative(cwd, path).split('\\').join('/'), warn);
}

/**
 * The stages to work on, from the first source that has them: the single-stage inputs (`cmd`), the
 * `dvc-file` input, mlci.yml's `train.stages`, then a dvc.yaml in the workspace.
 */
export async function loadStages(
  cwd: string,
  inputs: TrainInputs,
  warn: (message: string) => void = () => {},
): Promise<{ stages: Stage[]; source: string }> {
  if (inputs.cmd) return { stages: [stageFromInputs(inputs)], source: 'action inputs' };
  if (inputs['dvc-file'])
    return { stages: await fromDvc(cwd, inputs['dvc-file'], warn), source: inputs['dvc-file'] };
  const configPath = resolve(cwd, inputs.config);
  if (existsSync(configPath)) {
    const config = await loadConfig(configPath);
    const train = config.value.train as { stages?: Record<string, unknown> } | undefined;
    if (train?.stages && Object.keys(train.stages).length) {
      const file = relative(cwd, configPath).split('\\').join('/');
      return {
        stages: parseStages(train.stages, { file, path: ['train', 'stages'], locate: config.locate }),
        source: file,
      };
    }
  }
  if (existsSync(resolve(cwd, 'dvc.yaml')))
    return { stages: await fromDvc(cwd, 'dvc.yaml', warn), source: 'dvc.yaml' };
  throw new UsageError('no training stages declared', {
    hint: 'give `cmd` (and deps/outs) as inputs, declare `train.stages` in mlci.yml, or point `dvc-file` at a dvc.yaml',
  });
}
