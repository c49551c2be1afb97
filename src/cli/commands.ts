import { CAPABILITIES, type Registered } from '../actions/commands.js';
import { fingerprint } from '../actions/fingerprint/fingerprint.js';
import { spec as fingerprintSpec } from '../actions/fingerprint/spec.js';
import { run } from '../actions/run/run.js';
import { spec as runSpec } from '../actions/run/spec.js';

/** Every `mlci` command: the capabilities, then the pipeline runner and CLI-only tools. */
export const CLI_COMMANDS: readonly Registered[] = [
  ...CAPABILITIES,
  { spec: runSpec, run },
  { spec: fingerprintSpec, run: fingerprint },
];

/** A command by name or alias. */
export function findCommand(name: string): Registered | undefined {
  return CLI_COMMANDS.find(({ spec }) => spec.name === name || spec.aliases?.includes(name));
}
