import { determinismEnv } from '../../core/train/determinism.js';
import { canonicalJson } from '../../core/train/canonical.js';
import type { Stage } from '../../core/train/stage.js';
import { PASS_THROUGH } from '../process/shell.js';

/** The environment a stage command runs with: pass-through basics, determinism variables, declared env. */
export function stageEnv(stage: Stage, outer: Readonly<Record<string, string | undefined>>, params: unknown) {
  const env: Record<string, string> = {};
  for (const name of [...PASS_THROUGH, ...stage.passEnv]) {
    if (outer[name] !== undefined) env[name] = outer[name]!;
  }
  Object.assign(env, determinismEnv(stage.seed));
  for (const name of stage.env) if (outer[name] !== undefined) env[name] = outer[name]!;
  env.MLCI_STAGE = stage.name;
  env.MLCI_PARAMS = canonicalJson(params);
  return env;
}
