import { CAPABILITIES, type Registered } from '../actions/commands.js';
import { fingerprint } from '../actions/fingerprint/fingerprint.js';
import { spec as fingerprintSpec } from '../actions/fingerprint/spec.js';
import { inferSchema } from '../actions/infer-schema/infer-schema.js';
import { spec as inferSchemaSpec } from '../actions/infer-schema/spec.js';
import { mergeProfilesCommand } from '../actions/merge-profiles/merge-profiles.js';
import { spec as mergeProfilesSpec } from '../actions/merge-profiles/spec.js';
import { cacheGc } from '../actions/cache-gc/cache-gc.js';
import { spec as cacheGcSpec } from '../actions/cache-gc/spec.js';
import { pull } from '../actions/pull/pull.js';
import { spec as pullSpec } from '../actions/pull/spec.js';
import { push } from '../actions/push/push.js';
import { spec as pushSpec } from '../actions/push/spec.js';
import { run } from '../actions/run/run.js';
import { status } from '../actions/status/status.js';
import { spec as statusSpec } from '../actions/status/spec.js';
import { spec as runSpec } from '../actions/run/spec.js';

/** Every `mlci` command: the capabilities, then the pipeline runner and CLI-only tools. */
export const CLI_COMMANDS: readonly Registered[] = [
  ...CAPABILITIES,
  { spec: runSpec, run },
  { spec: fingerprintSpec, run: fingerprint },
  { spec: statusSpec, run: status },
  { spec: pullSpec, run: pull },
  { spec: pushSpec, run: push },
  { spec: cacheGcSpec, run: cacheGc },
  { spec: inferSchemaSpec, run: inferSchema },
  { spec: mergeProfilesSpec, run: mergeProfilesCommand },
];

/** A command by name or alias. */
export function findCommand(name: string): Registered | undefined {
  return CLI_COMMANDS.find(({ spec }) => spec.name === name || spec.aliases?.includes(name));
}
