import { CAPABILITIES, type Registered } from '../actions/commands.js';
import { fingerprint } from '../actions/fingerprint/fingerprint.js';
import { spec as fingerprintSpec } from '../actions/fingerprint/spec.js';
import { inferSchema } from '../actions/infer-schema/infer-schema.js';
import { spec as inferSchemaSpec } from '../actions/infer-schema/spec.js';
import { init } from '../actions/init/init.js';
import { spec as initSpec } from '../actions/init/spec.js';
import { mergeProfilesCommand } from '../actions/merge-profiles/merge-profiles.js';
import { spec as mergeProfilesSpec } from '../actions/merge-profiles/spec.js';
import { run } from '../actions/run/run.js';
import { spec as runSpec } from '../actions/run/spec.js';

/** Every `mlci` command: the capabilities, then the pipeline runner and CLI-only tools. */
export const CLI_COMMANDS: readonly Registered[] = [
  ...CAPABILITIES,
  { spec: runSpec, run },
  { spec: fingerprintSpec, run: fingerprint },
  { spec: inferSchemaSpec, run: inferSchema },
  { spec: mergeProfilesSpec, run: mergeProfilesCommand },
  { spec: initSpec, run: init },
];

/** A command by name or alias. */
export function findCommand(name: string): Registered | undefined {
  return CLI_COMMANDS.find(({ spec }) => spec.name === name || spec.aliases?.includes(name));
}
