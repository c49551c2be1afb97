import type { RunRecord } from '../../core/train/run-record.js';

const escapeMd = (text: string) =>
  text.replace(/[\\`*_{}[\]<>|@#]/g, (ch) => (ch === '|' ? '\\|' : ch === '@' ? '@\u200b' : `\\${ch}`));

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mib = (bytes: number | null) => (bytes === null ? '–' : `${(bytes / 2 ** 20).toFixed(0)} MiB`);

/** The job summary: one row per stage, then metrics and any reproducibility differences. */
export function trainSummary(record: RunRecord): string {
  const icon = {
    ran: '▶️ ran',
    cached: '♻️ cache hit, skipped',
    frozen: '🧊 frozen, not run',
    failed: '❌ failed',
    skipped: '⏭️ skipped',
  };
  const rows = record.stages.map(
    (stage) =>
      `| ${escapeMd(stage.stage)} | ${icon[stage.status]} | ${stage.fingerprint ? `\`${stage.fingerprint.slice(0, 12)}\`` : '–'} | ${seconds(stage.durationMs)} | ${stage.cache?.source ?? '–'} | ${mib(stage.resources?.peakRssBytes ?? null)} |`,
  );
  const lines = [
    `### mlci train: ${record.status === 'passed' ? 'passed' : 'failed'}`,
    '',
    '| stage | result | fingerprint | time | cache | peak memory |',
    '|---|---|---|---|---|---|',
    ...rows,
  ];
  const metrics = record.stages.flatMap((stage) =>
    Object.entries(stage.metrics).flatMap(([file, values]) =>
      Object.entries(values).map(
        ([key, value]) => `| ${escapeMd(stage.stage)} | ${escapeMd(file)} | ${escapeMd(key)} | ${value} |`,
      ),
    ),
  );
  if (metrics.length) lines.push('', '| stage | file | metric | value |', '|---|---|---|---|', ...metrics);
  for (const stage of record.stages) {
    if (stage.error) lines.push('', `**${escapeMd(stage.stage)}**: ${escapeMd(stage.error.split('\n')[0]!)}`);
  }
  return `${lines.join('\n')}\n`;
}
