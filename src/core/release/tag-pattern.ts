/** A semantic version read from a release tag (semver.org 2.0, without build metadata in image tags). */
export interface SemVer {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  /** `rc.1` of `1.4.0-rc.1`; empty for a release. */
  readonly prerelease: string;
  /** The version as written after the prefix, without build metadata (`1.4.0-rc.1`). */
  readonly version: string;
}

/** Which git tags are releases, and which image tags each one gets (docker/metadata-action's `type=semver`). */
export interface TagPattern {
  /** What comes before the version in the git tag: `v` (default), `churn-v` for one of several models. */
  readonly prefix: string;
  /** Image tag templates: {{version}}, {{major}}, {{minor}}, {{patch}}, {{tag}}. */
  readonly templates: readonly string[];
  /** Also move `latest` (never for a prerelease). */
  readonly latest: boolean;
}

export const DEFAULT_TEMPLATES = ['{{version}}', '{{major}}.{{minor}}', '{{major}}'] as const;

// semver.org's grammar: no leading zeros in numeric parts, dot-separated prerelease identifiers.
const NUM = '(0|[1-9]\\d*)';
const PRE_ID = '(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)';
const SEMVER = new RegExp(
  `^${NUM}\\.${NUM}\\.${NUM}(?:-(${PRE_ID}(?:\\.${PRE_ID})*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$`,
);

/**
 * The version a tag names, or undefined when the tag is not `<prefix><semver>`.
 *
 *   parseReleaseTag('v1.4.0', 'v')          = { major: 1, minor: 4, patch: 0, prerelease: '', version: '1.4.0' }
 *   parseReleaseTag('v1.4.0-rc.1+b7', 'v')  = { …, prerelease: 'rc.1', version: '1.4.0-rc.1' }
 *   parseReleaseTag('v1.4', 'v')            = undefined
 */
export function parseReleaseTag(tag: string, prefix: string): SemVer | undefined {
  if (!tag.startsWith(prefix)) return undefined;
  const match = SEMVER.exec(tag.slice(prefix.length));
  if (!match) return undefined;
  const [, major, minor, patch, prerelease = ''] = match;
  const core = `${major}.${minor}.${patch}`;
  return {
    major: Number(major),
    minor: Number(minor),
    patch: Number(patch),
    prerelease,
    version: prerelease ? `${core}-${prerelease}` : core,
  };
}

/**
 * The image tags a release moves, in template order, without duplicates. As in metadata-action, a
 * prerelease only gets the templates that carry its full version: `1.4.0-rc.1` must never move `1.4` or `1`.
 *
 *   imageTags(v1.4.0, { templates: DEFAULT_TEMPLATES, latest: true })  = ['1.4.0', '1.4', '1', 'latest']
 *   imageTags(v1.4.0-rc.1, same)                                       = ['1.4.0-rc.1']
 */
export function imageTags(
  version: SemVer,
  tag: string,
  pattern: Pick<TagPattern, 'templates' | 'latest'>,
): string[] {
  const tags: string[] = [];
  for (const template of pattern.templates) {
    const full = template.includes('{{version}}') || template.includes('{{tag}}');
    if (version.prerelease && !full) continue;
    const value = template
      .replaceAll('{{version}}', version.version)
      .replaceAll('{{tag}}', tag)
      .replaceAll('{{major}}', String(version.major))
      .replaceAll('{{minor}}', String(version.minor))
      .replaceAll('{{patch}}', String(version.patch))
      // OCI tags allow [A-Za-z0-9_.-]; `+` of build metadata (from {{tag}}) becomes `-` as in metadata-action.
      .replaceAll('+', '-');
    if (!tags.includes(value)) tags.push(value);
  }
  if (pattern.latest && !version.prerelease && !tags.includes('latest')) tags.push('latest');
  return tags;
}

/** Reasons a template is unusable: an unknown placeholder, or characters no OCI tag may hold. */
export function checkTemplate(template: string): string | undefined {
  const unknown = template.match(/\{\{(?!(?:version|major|minor|patch|tag)\}\})[^}]*\}\}/);
  if (unknown)
    return `unknown placeholder ${unknown[0]} (known: {{version}}, {{major}}, {{minor}}, {{patch}}, {{tag}})`;
  const literal = template.replace(/\{\{\w+\}\}/g, '0');
  if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(literal)) return 'not a valid OCI tag once filled in';
  return undefined;
}
