import { marker } from '../report/marker.js';
import { cell, escapeMarkdown } from '../text/markdown.js';
import { duration, figuresTable, KIND_TITLES, trends } from './render.js';
import type { Finding, FindingKind } from './report.js';
import { decodeState, encodeState, HISTORY_LIMIT, type IncidentState, type RunPoint } from './state.js';

/** An incident issue found again by its marker. */
export interface ExistingIncident {
  readonly number: number;
  readonly state: 'open' | 'closed';
  readonly body: string | null;
  readonly createdAt: string;
  readonly closedAt: string | null;
}

export interface IncidentConfig {
  readonly model: string;
  /** Consecutive passing runs that close an open incident. */
  readonly closeAfter: number;
  /** A failure within this long after the incident closed reopens it instead of opening a new one. */
  readonly reopenWithinMs: number;
  /** Logins to mention when an incident opens or reopens; from configuration only, never from data. */
  readonly mentions: readonly string[];
}

/** What to do with the incident issue of one finding in this run; the platform carries it out. */
export interface IncidentPlan {
  readonly action: 'open' | 'reopen' | 'comment' | 'update' | 'close' | 'none';
  readonly title?: string;
  readonly body?: string;
  readonly comment?: string;
  readonly state?: IncidentState;
}

/** The hidden marker of a model's incident of one kind. */
export function incidentMarker(model: string, kind: FindingKind): string {
  return marker('incident', model, kind);
}

export function incidentTitle(model: string, kind: FindingKind): string {
  const name = model.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, 100);
  return `mlci monitor: ${KIND_TITLES[kind]} incident on ${name}`;
}

const START = '<!-- mlci-status:start -->';
const END = '<!-- mlci-status:end -->';

/**
 * The incident lifecycle, as a pure decision: opened when a check first fails; while it keeps failing
 * the body's status block is edited in place, with a comment only when the set of failing figures
 * changes; closed after `closeAfter` consecutive passing runs; reopened when it returns within the
 * window. A skipped check (its inputs not given this run) leaves the incident as it is.
 */
export function planIncident(
  finding: Finding,
  existing: ExistingIncident | undefined,
  config: IncidentConfig,
  now: string,
): IncidentPlan {
  if (finding.status === 'skipped') return { action: 'none' };
  const failing = finding.status === 'fail';
  const point: RunPoint = {
    at: now,
    status: finding.status,
    figures: Object.fromEntries(finding.figures.map((f) => [f.key, f.value])),
  };
  const signature = finding.figures
    .filter((f) => f.failing)
    .map((f) => f.key)
    .sort()
    .join('\n');
  const recentlyClosed =
    existing?.state === 'closed' &&
    existing.closedAt !== null &&
    Date.parse(now) - Date.parse(existing.closedAt) <= config.reopenWithinMs;

  if (!existing || (existing.state === 'closed' && !recentlyClosed)) {
    if (!failing) return { action: 'none' };
    const state: IncidentState = {
      v: 1,
      kind: finding.kind,
      since: now,
      passes: 0,
      signature,
      history: [point],
    };
    return {
      action: 'open',
      title: incidentTitle(config.model, finding.kind),
      body: issueBody(finding, state, config, now, undefined),
      state,
    };
  }
  const previous = decodeState(existing.body, finding.kind);
  const history = [...(previous?.history ?? []), point].slice(-HISTORY_LIMIT);
  if (existing.state === 'closed') {
    if (!failing) return { action: 'none' };
    const state: IncidentState = { v: 1, kind: finding.kind, since: now, passes: 0, signature, history };
    return {
      action: 'reopen',
      body: issueBody(finding, state, config, now, existing.body),
      comment: `${mentionLine(config)}**Relapsed**: the ${KIND_TITLES[finding.kind]} check fails again, ${duration(Date.parse(now) - Date.parse(existing.closedAt!))} after this incident closed.\n\n${figuresTable(finding.figures)}\n`,
      state,
    };
  }
  const since = previous?.since ?? existing.createdAt;
  const lasted = duration(Date.parse(now) - Date.parse(since));
  if (failing) {
    const state: IncidentState = { v: 1, kind: finding.kind, since, passes: 0, signature, history };
    const body = issueBody(finding, state, config, now, existing.body);
    if (previous && previous.signature === signature && previous.passes === 0)
      return { action: 'update', body, state };
    const chart = trends(finding, history);
    return {
      action: 'comment',
      body,
      comment: `Still failing after ${lasted}; the failing figures changed.\n\n${figuresTable(finding.figures)}\n${chart ? `\n${chart}\n` : ''}`,
      state,
    };
  }
  const passes = (previous?.passes ?? 0) + 1;
  const state: IncidentState = {
    v: 1,
    kind: finding.kind,
    since,
    passes,
    signature: previous?.signature ?? '',
    history,
  };
  const body = issueBody(finding, state, config, now, existing.body);
  if (passes >= config.closeAfter)
    return {
      action: 'close',
      body,
      comment: `**Recovered**: ${passes} consecutive passing run(s); closing after ${lasted}.\n\n${figuresTable(finding.figures)}\n`,
      state,
    };
  return { action: 'update', body, state };
}

function mentionLine(config: IncidentConfig): string {
  const logins = config.mentions.filter((login) =>
    /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]+)?$/.test(login),
  );
  return logins.length ? `${logins.map((login) => `@${login}`).join(' ')} ` : '';
}

/**
 * The issue body: the marker, an introduction (kept as a human may have edited it), and the status
 * block between START and END, which mlci rewrites in place each run.
 */
function issueBody(
  finding: Finding,
  state: IncidentState,
  config: IncidentConfig,
  now: string,
  previousBody: string | null | undefined,
): string {
  const lasted = duration(Date.parse(now) - Date.parse(state.since));
  const status =
    finding.status === 'fail'
      ? `**Status: failing** for ${lasted} (since ${escapeMarkdown(state.since)}).`
      : `**Status: recovering** — ${state.passes} of ${config.closeAfter} consecutive passing run(s) needed to close.`;
  const block = [
    START,
    '## Status',
    '',
    status,
    '',
    `Last checked ${escapeMarkdown(now)}: ${cell(finding.summary, 500)}`,
    '',
    figuresTable(finding.figures),
    '',
    trends(finding, state.history),
    '',
    encodeState(state),
    END,
  ].join('\n');
  const at = previousBody ? previousBody.indexOf(START) : -1;
  const end = previousBody ? previousBody.indexOf(END, at) : -1;
  const mark = incidentMarker(config.model, finding.kind);
  if (previousBody && at >= 0 && end > at)
    return `${previousBody.slice(0, at)}${block}${previousBody.slice(end + END.length)}`;
  // A human removed the status block: keep their text and add the block back below it.
  if (previousBody) return `${previousBody.trimEnd()}\n\n${block}\n`;
  const intro = `mlci monitor opened this incident: the scheduled **${KIND_TITLES[finding.kind]}** check of **${escapeMarkdown(config.model)}** fails. It is updated by each run, and closed after ${config.closeAfter} consecutive passing run(s).`;
  return `${mark}\n${mentionLine(config)}${intro}\n\n${block}\n`;
}
