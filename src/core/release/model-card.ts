import { stringify } from 'yaml';
import { cell, escapeMarkdown, inlineCode } from '../text/markdown.js';
import type { ReleaseRecord } from './record.js';

/** What the card says beyond the record: the team's words, and the training data's profile. */
export interface CardText {
  readonly intendedUse?: string;
  readonly limitations?: string;
  readonly license?: string;
  /** rows, columns and their kinds from an mlci/data-profile of the training data. */
  readonly profile?: {
    readonly rows: number;
    readonly columns: readonly { readonly name: string; readonly kind: string }[];
  };
}

const fmt = (v: number | null) => (v === null ? '—' : String(Number(v.toPrecision(6))));

/**
 * The model card attached to the release: Hugging Face model card metadata as YAML front matter
 * (`model-index` with the evaluation metrics; `dataset.revision` = the test-set fingerprint), then
 * intended use, training data, evaluation with intervals, and limitations. YAML is written by the
 * yaml library (untrusted names stay quoted data); markdown text goes through the one escape.
 */
export function renderModelCard(record: ReleaseRecord, text: CardText = {}): string {
  const name = record.model ?? record.repository.split('/').pop() ?? 'model';
  const front = {
    ...(text.license ? { license: text.license } : {}),
    tags: ['mlci'],
    'model-index': [
      {
        name,
        results: [
          {
            task: { type: 'other', name: 'evaluation' },
            dataset: {
              type: 'custom',
              name: 'test set',
              ...(record.fingerprint ? { revision: record.fingerprint } : {}),
            },
            metrics: Object.entries(record.metrics).map(([metric, value]) => ({
              type: metric,
              name: metric,
              value,
              verified: false,
            })),
          },
        ],
      },
    ],
  };
  const lines = [
    '---',
    stringify(front).trimEnd(),
    '---',
    '',
    `# ${escapeMarkdown(name)} ${escapeMarkdown(record.release)}`,
    '',
    `Image ${inlineCode(record.image.reference)}, commit ${inlineCode(record.commit)}, released ${escapeMarkdown(record.releasedAt)}.`,
    '',
    '## Intended use',
    '',
    text.intendedUse ? escapeMarkdown(text.intendedUse) : '_Not stated: set the `intended-use` input._',
    '',
    '## Training data',
    '',
    `- Data fingerprint: ${record.fingerprints.data ? inlineCode(record.fingerprints.data) : 'not recorded'}`,
    `- Model fingerprint: ${record.fingerprints.model ? inlineCode(record.fingerprints.model) : 'not recorded'}`,
    `- Run record: ${record.fingerprints.run ? inlineCode(record.fingerprints.run) : 'not recorded'}`,
  ];
  if (text.profile) {
    lines.push(
      `- Profile: ${text.profile.rows} rows, ${text.profile.columns.length} columns (${text.profile.columns
        .slice(0, 20)
        .map((c) => `${escapeMarkdown(c.name, 40)}: ${escapeMarkdown(c.kind, 20)}`)
        .join(', ')}${text.profile.columns.length > 20 ? ', …' : ''})`,
    );
  }
  lines.push(
    '',
    '## Evaluation',
    '',
    `Test set ${record.fingerprint ? inlineCode(record.fingerprint) : '(no fingerprint)'}; against ${
      record.evaluation.against ? escapeMarkdown(record.evaluation.against.tag) : 'no previous production'
    }: **${record.evaluation.verdict}**.`,
    '',
    '| metric | value | production | delta | interval |',
    '|---|---|---|---|---|',
    ...record.evaluation.metrics.map(
      (m) =>
        `| ${cell(m.name)} | ${fmt(m.value)} | ${fmt(m.baseline)} | ${fmt(m.delta)} | ${
          m.interval
            ? `[${fmt(m.interval.lower)}, ${fmt(m.interval.upper)}] at ${m.interval.level} (${cell(m.interval.method, 40)})`
            : '—'
        } |`,
    ),
    '',
    '## Limitations',
    '',
    text.limitations ? escapeMarkdown(text.limitations) : '_Not stated: set the `limitations` input._',
    '',
  );
  return lines.join('\n');
}
