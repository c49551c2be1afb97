import { UsageError } from '../../core/errors.js';
import { repositoryClient } from '../../platform/github/repository-client.js';
import {
  historyRow,
  parseInstant,
  productionAt,
  renderHistoryMarkdown,
  renderHistoryText,
} from '../../core/release/history.js';
import type { ActionIO } from '../../platform/io.js';
import { readString } from '../inputs.js';
import { loadHistory } from '../release/records.js';

const FORMATS = ['table', 'json', 'markdown'] as const;

/**
 * `mlci history [--at T] [--model M] [--format table|json|markdown]`: the auditor's view, read from
 * every release's record (all pages). With `--at`, the one record that was in production then.
 */
export async function history(io: ActionIO): Promise<void> {
  const format = readString(io.inputs, 'format', 'table');
  if (!(FORMATS as readonly string[]).includes(format))
    throw new UsageError(`input \`format\` must be one of ${FORMATS.join(', ')}, got "${format}"`);
  const atText = readString(io.inputs, 'at');
  const at = atText === undefined ? undefined : parseInstant(atText);
  const model = readString(io.inputs, 'model');
  const found = repositoryClient(io, readString(io.inputs, 'token'));
  if (!found)
    throw new UsageError(
      'history reads the releases of GITHUB_REPOSITORY with a token (GITHUB_TOKEN or --token)',
    );
  const {
    client: github,
    repo: { owner, repo },
  } = found;
  const all = await loadHistory(
    github,
    { owner, repo },
    readString(io.inputs, 'record-asset', 'mlci-release-record.json'),
    model,
    io.log,
  );
  const records = all.map((r) => r.record);
  const shown = at === undefined ? records : [productionAt(records, at)].filter((r) => r !== undefined);
  if (at !== undefined && shown.length === 0)
    io.log.notice(
      `nothing was in production at ${new Date(at).toISOString()} (first release: ${records.at(-1)?.releasedAt ?? 'none'})`,
    );
  const rows = shown.map(historyRow);
  if (format === 'json')
    await io.summary(`${JSON.stringify(at === undefined ? rows : (rows[0] ?? null), null, 2)}\n`);
  else if (format === 'markdown')
    await io.summary(
      renderHistoryMarkdown(
        rows,
        at === undefined ? 'Production history' : `In production at ${new Date(at).toISOString()}`,
      ),
    );
  else await io.summary(renderHistoryText(rows));
}
