import type { Acceptance } from '../metrics/acceptance.js';
import type { ValidationReport } from '../data/validate/report.js';
import type { DataProfile } from '../data/profile/profile.js';
import type { ComparisonReport } from '../metrics/report.js';
import type { ImageReport } from '../image/report.js';
import type { RunRecord } from '../train/run-record.js';
import { escapeMarkdown } from '../text/markdown.js';
import { COMMENT_LIMIT, LAST_LEVEL, omittedAt } from './budget.js';
import type { RepositoryRef, SectionContext } from './context.js';
import type { Section, Verdict } from './document.js';
import type { LoadedReport } from './load.js';
import { inlineMarkdown, nodesMarkdown } from './markdown.js';
import { inlinePlain } from './plain.js';
import { comparisonSection } from './sections/comparison.js';
import { genericSection } from './sections/generic.js';
import { imageSection } from './sections/image.js';
import { profileSection } from './sections/profile.js';
import { historySection } from './sections/history.js';
import { runRecordSection } from './sections/run-record.js';
import { validationSection } from './sections/validation.js';

export interface RenderOptions {
  /** Acceptances of the head commit (readAcceptances): failed metrics they name pass as accepted. */
  readonly acceptances?: readonly Acceptance[];
  readonly headSha?: string;
  /** For links to failing rows at the head commit. */
  readonly repository?: RepositoryRef;
  /** Mermaid charts (default true). */
  readonly charts?: boolean;
  /** Largest markdown allowed, in characters (default GitHub's comment limit, 65,536). */
  readonly budget?: number;
  /** Hidden marker line (marker()) kept at every budget level, last. */
  readonly marker?: string;
  /** Where the full report is when detail was dropped (e.g. "the job summary and the `mlci-report` artifact"): plain text. */
  readonly fullReportAt?: string;
  /** Heading name, default `mlci`. */
  readonly title?: string;
  /** A caution shown under the verdict line (plain text), e.g. that a fork PR's numbers are unverified. */
  readonly note?: string;
  /** Start at this budget level (budget.ts) even when more fits: a shorter rendering on purpose. */
  readonly level?: number;
}

/** The document: overall verdict and why, and one section per report. */
export interface RenderedDocument {
  readonly markdown: string;
  readonly verdict: Exclude<Verdict, 'info'>;
  /** One line, plain text. */
  readonly why: string;
  readonly sections: readonly Section[];
  /** Budget level used (budget.ts BUDGET_LEVELS) and what it left out. */
  readonly level: number;
  readonly omitted: readonly string[];
}

const ICON: Record<Verdict, string> = { pass: '✅', fail: '❌', inconclusive: '⚠️', info: 'ℹ️' };

/** The markdown of reports, as a pure function (the sticky comment, `/mlci compare` replies, monitor issues). */
export function renderReport(reports: readonly LoadedReport[], options: RenderOptions = {}): string {
  return renderDocument(reports, options).markdown;
}

/** Sections of the reports, in the order given (release records together as one history section). */
export function buildSections(reports: readonly LoadedReport[], options: RenderOptions = {}): Section[] {
  const ctx: SectionContext = {
    acceptances: options.acceptances ?? [],
    headSha: options.headSha,
    repository: options.repository,
    charts: options.charts ?? true,
  };
  const releases = reports.filter((r) => r.kind === 'mlci/release-record');
  const sections: Section[] = [];
  for (const r of reports) {
    const v = r.value as never;
    switch (r.kind) {
      case 'mlci/validation-report':
        sections.push(validationSection(r.file, v as ValidationReport, ctx));
        break;
      case 'mlci/data-profile':
        sections.push(profileSection(r.file, v as DataProfile));
        break;
      case 'mlci/run-record':
        sections.push(runRecordSection(r.file, v as RunRecord));
        break;
      case 'mlci/comparison-report':
        sections.push(comparisonSection(r.file, v as ComparisonReport, ctx));
        break;
      case 'mlci/image-report':
        sections.push(imageSection(r.file, v as ImageReport));
        break;
      case 'mlci/release-record':
        if (r === releases[0]) sections.push(historySection(releases, ctx));
        break;
      default:
        sections.push(genericSection(r));
    }
  }
  return sections;
}

/** Overall verdict: fail if a section failed, else inconclusive if one is, else pass; and why, in one line. */
export function overall(sections: readonly Section[]): { verdict: Exclude<Verdict, 'info'>; why: string } {
  const of = (v: Verdict) => sections.filter((s) => s.verdict === v);
  const line = (list: readonly Section[]) =>
    list.map((s) => `${s.title}: ${inlinePlain(s.headline)}`).join('; ');
  if (of('fail').length) return { verdict: 'fail', why: line(of('fail')) };
  if (of('inconclusive').length) return { verdict: 'inconclusive', why: line(of('inconclusive')) };
  if (sections.length === 0) return { verdict: 'pass', why: 'no reports given' };
  const gated = of('pass');
  return {
    verdict: 'pass',
    why: gated.length ? line(gated) : 'nothing gates (informational reports only)',
  };
}

/** The markdown document at the first budget level that fits (budget.ts). */
export function renderDocument(
  reports: readonly LoadedReport[],
  options: RenderOptions = {},
): RenderedDocument {
  const sections = buildSections(reports, options);
  const { verdict, why } = overall(sections);
  const budget = options.budget ?? COMMENT_LIMIT;
  const title = options.title ?? 'mlci';
  const first = `## ${ICON[verdict]} ${escapeMarkdown(title, 80)}: ${verdict} — ${escapeMarkdown(why, 400)}`;
  let markdown = '';
  let level = Math.max(0, Math.min(options.level ?? 0, LAST_LEVEL));
  for (; level <= LAST_LEVEL; level++) {
    markdown = assemble(first, sections, level, options);
    if (markdown.length <= budget) break;
  }
  level = Math.min(level, LAST_LEVEL);
  return { markdown, verdict, why, sections, level, omitted: omittedAt(level) };
}

function assemble(
  first: string,
  sections: readonly Section[],
  level: number,
  options: RenderOptions,
): string {
  const blocks = [first];
  if (options.note) blocks.push(`> ⚠️ ${escapeMarkdown(options.note, 500)}`);
  if (level < LAST_LEVEL) {
    for (const s of sections) {
      blocks.push(
        `### ${ICON[s.verdict]} ${escapeMarkdown(s.title, 80)} · ${inlineMarkdown([{ code: s.file }])}`,
      );
      blocks.push(inlineMarkdown(s.headline));
      if (level < LAST_LEVEL - 1) {
        const body = nodesMarkdown(s.body, level);
        if (body) blocks.push(body);
      }
    }
  }
  if (level > 0) {
    const where = options.fullReportAt ?? 'the JSON reports';
    blocks.push(
      `> ✂️ Trimmed to fit ${options.budget ?? COMMENT_LIMIT} characters: left out ${omittedAt(level).join('; ')}. The full report is in ${escapeMarkdown(where, 200)}.`,
    );
  }
  if (options.marker) blocks.push(options.marker);
  return `${blocks.join('\n\n')}\n`;
}
