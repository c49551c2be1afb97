import { resolve } from 'node:path';
import type { ImageReport } from '../../core/image/report.js';
import { writeFileAtomic } from '../../platform/fs/atomic-write.js';
import type { ActionIO } from '../../platform/io.js';
import type { applyPreset } from './preset.js';
import { renderSummary } from './summary.js';

/** Writes the report, the outputs and the job summary: the last step of a build or a promotion. */
export async function finish(
  io: ActionIO,
  inputs: ReturnType<typeof applyPreset>,
  report: ImageReport,
): Promise<void> {
  await writeFileAtomic(resolve(io.cwd, inputs.report), `${JSON.stringify(report, null, 2)}\n`);
  io.output('digest', report.digest);
  if (report.reference) io.output('image', report.reference);
  if (report.image) io.output('image-name', report.image);
  io.output('tags', report.tags.join('\n'));
  io.output('report', inputs.report);
  await io.summary(renderSummary(report));
  io.log.info(
    report.reference ? `pushed ${report.reference} (${report.tags.join(', ')})` : `built ${report.digest}`,
  );
}
