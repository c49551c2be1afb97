import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DataError, UsageError } from '../../core/errors.js';
import { workspacePath } from '../../core/train/paths.js';
import { buildGraph } from '../../core/train/plan.js';
import type { RunRecord } from '../../core/train/run-record.js';
import { stageOutputs } from '../../core/train/stage.js';
import { remoteSaveBlockedBy } from '../../core/train/triggers.js';
import { hashOutputs } from '../../platform/cache/outputs.js';
import type { ActionIO } from '../../platform/io.js';
import { eventPayload, remoteStore } from '../../platform/train/stores.js';
import { readString } from '../inputs.js';
import { withCacheConfig } from '../train/cache-config.js';
import { getTrainInputs } from '../train/inputs.js';
import { loadStages } from '../train/load-stages.js';

/**
 * `mlci push [stage…]`: saves the outputs of the last run (its run record) to the registry cache under
 * the keys that run computed. A stage whose outputs changed on disk since the run is not pushed: its
 * entry would claim outputs the inputs did not produce. The trust rules of saving apply (no privileged
 * event, no fork pull request).
 */
export async function push(io: ActionIO): Promise<void> {
  const read = await withCacheConfig(io.inputs, io.cwd);
  const inputs = getTrainInputs(read);
  const root = io.cwd;
  const blocked = remoteSaveBlockedBy(io.env.GITHUB_EVENT_NAME ?? '', await eventPayload(io));
  if (blocked) throw new UsageError(`mlci push refused: ${blocked}`);
  const recordPath = resolve(root, readString(read, 'record', '.mlci/run-record.json'));
  const record = await readFile(recordPath, 'utf8')
    .then((text) => JSON.parse(text) as RunRecord)
    .catch((cause: unknown) => {
      throw new UsageError(`cannot read the run record ${recordPath}`, {
        cause,
        hint: 'run `mlci train` first: push uploads the results of that run',
      });
    });
  const { stages } = await loadStages(root, inputs, (line) => io.log.warning(line));
  const graph = buildGraph(stages);
  const store = await remoteStore(io, inputs['cache-registry'], root, inputs);
  const pushed: string[] = [];
  const failed: string[] = [];
  for (const stageRecord of record.stages ?? []) {
    const name = stageRecord.stage;
    if (inputs.targets.length && !inputs.targets.includes(name)) continue;
    const stage = graph.stages.get(name);
    if (!stage || !stageRecord.inputs || !stageRecord.cache?.key || stageRecord.status === 'failed') continue;
    const { files, missing } = await hashOutputs(
      root,
      stageOutputs(stage).map((out) => workspacePath(stage.wdir, out)),
    );
    const recorded = new Map(stageRecord.outputs.map((file) => [file.path, file.sha256]));
    const drifted =
      missing.length > 0 ||
      files.length !== recorded.size ||
      files.some((file) => recorded.get(file.path) !== file.sha256);
    if (drifted) {
      failed.push(`${name}: its outputs changed since the run (run \`mlci train\` again)`);
      continue;
    }
    const result = await store.save({
      kind: 'mlci/cache-entry',
      version: 1,
      key: stageRecord.cache.key,
      inputs: stageRecord.inputs,
      files,
    });
    if (result.startsWith('failed')) failed.push(`${name}: ${result}`);
    else {
      io.log.info(`pushed ${name}: ${result === 'exists' ? 'already in the registry' : 'saved'}`);
      pushed.push(name);
    }
  }
  io.output('pushed', pushed.join(','));
  await io.summary(
    `${[`pushed ${pushed.length} stage(s)`, ...failed.map((line) => `  not pushed: ${line}`)].join('\n')}\n`,
  );
  if (failed.length)
    throw new DataError(`could not push ${failed.length} stage(s):\n  ${failed.join('\n  ')}`);
}
