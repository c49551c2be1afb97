import { resolve } from 'node:path';
import { type ReleaseRecord, serializeRecord } from '../../core/release/record.js';
import { writeFileAtomic } from '../../platform/fs/atomic-write.js';
import type { ActionIO } from '../../platform/io.js';
import type { ReleaseInputs } from './inputs.js';
import { renderReleaseSummary } from './summary.js';

/** Outputs, the local record file and the job summary, shared by release and rollback. */
export async function finish(
  io: ActionIO,
  inputs: ReleaseInputs,
  record: ReleaseRecord,
  releaseUrl: string,
  outcome: 'released' | 'rolled-back',
): Promise<void> {
  await writeFileAtomic(resolve(io.cwd, inputs.record), serializeRecord(record));
  io.output('outcome', outcome);
  io.output('version', record.release);
  io.output('digest', record.image.digest);
  io.output('tags', record.image.tags.join('\n'));
  io.output('record', inputs.record);
  io.output('release-url', releaseUrl);
  await io.summary(renderReleaseSummary(record, outcome));
  io.log.info(`${outcome}: ${record.release} (${record.image.digest}) is in production`);
}
