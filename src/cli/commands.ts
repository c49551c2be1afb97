import { CAPABILITIES, lazyCommand, type Registered } from '../actions/commands.js';
import { spec as fingerprintSpec } from '../actions/fingerprint/spec.js';
import { spec as historySpec } from '../actions/history/spec.js';
import { spec as inferSchemaSpec } from '../actions/infer-schema/spec.js';
import { spec as initSpec } from '../actions/init/spec.js';
import { spec as mergeProfilesSpec } from '../actions/merge-profiles/spec.js';
import { spec as runSpec } from '../actions/run/spec.js';

/** Every `mlci` command: the capabilities, then the pipeline runner and CLI-only tools (each loaded on use). */
export const CLI_COMMANDS: readonly Registered[] = [
  ...CAPABILITIES,
  {
    spec: runSpec,
    run: lazyCommand(
      () => import('../actions/run/run.js'),
      (m) => m.run,
    ),
  },
  {
    spec: historySpec,
    run: lazyCommand(
      () => import('../actions/history/history.js'),
      (m) => m.history,
    ),
  },
  {
    spec: fingerprintSpec,
    run: lazyCommand(
      () => import('../actions/fingerprint/fingerprint.js'),
      (m) => m.fingerprint,
    ),
  },
  {
    spec: inferSchemaSpec,
    run: lazyCommand(
      () => import('../actions/infer-schema/infer-schema.js'),
      (m) => m.inferSchema,
    ),
  },
  {
    spec: mergeProfilesSpec,
    run: lazyCommand(
      () => import('../actions/merge-profiles/merge-profiles.js'),
      (m) => m.mergeProfilesCommand,
    ),
  },
  {
    spec: initSpec,
    run: lazyCommand(
      () => import('../actions/init/init.js'),
      (m) => m.init,
    ),
  },
];

/** A command by name or alias. */
export function findCommand(name: string): Registered | undefined {
  return CLI_COMMANDS.find(({ spec }) => spec.name === name || spec.aliases?.includes(name));
}
