import { UsageError } from '../../core/errors.js';
import { checkTemplate } from '../../core/release/tag-pattern.js';
import type { InputReader } from '../../platform/io.js';
import { readBoolean, readList, readString } from '../inputs.js';

/** Every input of release that is its own (the gate inputs are read by compare-metrics' reader). */
export interface ReleaseInputs {
  readonly tag?: string;
  readonly image?: string;
  readonly 'tag-prefix': string;
  readonly 'image-tags': readonly string[];
  readonly latest: boolean;
  readonly model?: string;
  readonly 'candidate-artifact': string;
  readonly workflow?: string;
  readonly 'candidate-image'?: string;
  readonly 'rebuild-report'?: string;
  readonly accept?: string;
  readonly reason?: string;
  readonly 'rollback-to'?: string;
  readonly environment: string;
  readonly 'environment-url'?: string;
  readonly 'required-contexts': readonly string[];
  readonly 'record-asset': string;
  readonly 'intended-use'?: string;
  readonly limitations?: string;
  readonly license?: string;
  readonly 'data-profile'?: string;
  readonly record: string;
  readonly 'registry-username'?: string;
  readonly 'registry-password'?: string;
  readonly 'insecure-registries': readonly string[];
  readonly token?: string;
}

/** The only place release reads its own inputs. */
export function getReleaseInputs(read: InputReader): ReleaseInputs {
  const templates = readList(read, 'image-tags');
  for (const template of templates) {
    const problem = checkTemplate(template);
    if (problem) throw new UsageError(`input \`image-tags\`: "${template}": ${problem}`);
  }
  const inputs: ReleaseInputs = {
    tag: readString(read, 'tag'),
    image: readString(read, 'image'),
    // An empty prefix is allowed (tags like 1.4.0): read.get, not readString, keeps it.
    'tag-prefix': read.get('tag-prefix')?.trim() ?? 'v',
    'image-tags': templates.length ? templates : ['{{version}}', '{{major}}.{{minor}}', '{{major}}'],
    latest: readBoolean(read, 'latest', false),
    model: readString(read, 'model'),
    'candidate-artifact': readString(read, 'candidate-artifact', 'mlci-release-candidate'),
    workflow: readString(read, 'workflow'),
    'candidate-image': readString(read, 'candidate-image'),
    'rebuild-report': readString(read, 'rebuild-report'),
    accept: readString(read, 'accept'),
    reason: readString(read, 'reason'),
    'rollback-to': readString(read, 'rollback-to'),
    environment: readString(read, 'environment', 'production'),
    'environment-url': readString(read, 'environment-url'),
    'required-contexts': readList(read, 'required-contexts'),
    'record-asset': readString(read, 'record-asset', 'mlci-release-record.json'),
    'intended-use': read.get('intended-use')?.trim() || undefined,
    limitations: read.get('limitations')?.trim() || undefined,
    license: readString(read, 'license'),
    'data-profile': readString(read, 'data-profile'),
    record: readString(read, 'record', 'mlci-release-record.json'),
    'registry-username': readString(read, 'registry-username'),
    'registry-password': readString(read, 'registry-password'),
    'insecure-registries': readList(read, 'insecure-registries'),
    token: readString(read, 'token'),
  };
  if (inputs['rollback-to'] && !inputs.reason)
    throw new UsageError('a rollback needs `reason`: the audit trail records why production went back', {
      hint: 'e.g. --rollback-to v1.3.0 --reason "v1.4.0 doubles p99 latency (INC-212)"',
    });
  if (inputs['rollback-to'] && inputs.accept)
    throw new UsageError(
      '`accept` and `rollback-to` cannot be combined: a rollback re-points to a release that already passed',
    );
  return inputs;
}
