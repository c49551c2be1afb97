import { CAPABILITIES, lazyCommand, type Registered } from '../actions/commands.js';
import { spec as fingerprintSpec } from '../actions/fingerprint/spec.js';
import { spec as historySpec } from '../actions/history/spec.js';
import { spec as inferSchemaSpec } from '../actions/infer-schema/spec.js';
import { spec as initSpec } from '../actions/init/spec.js';
import { spec as mergeProfilesSpec } from '../actions/merge-profiles/spec.js';
import { spec as cacheGcSpec } from '../actions/cache-gc/spec.js';
import { spec as pullSpec } from '../actions/pull/spec.js';
import { spec as pushSpec } from '../actions/push/spec.js';
import { spec as statusSpec } from '../actions/status/spec.js';
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
    spec: statusSpec,
    run: lazyCommand(
      () => import('../actions/status/status.js'),
      (m) => m.status,
    ),
  },
  {
    spec: pullSpec,
    run: lazyCommand(
      () => import('../actions/pull/pull.js'),
      (m) => m.pull,
    ),
  },
  {
    spec: pushSpec,
    run: lazyCommand(
      () => import('../actions/push/push.js'),
      (m) => m.push,
    ),
  },
  {
    spec: cacheGcSpec,
    run: lazyCommand(
      () => import('../actions/cache-gc/cache-gc.js'),
      (m) => m.cacheGc,
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
