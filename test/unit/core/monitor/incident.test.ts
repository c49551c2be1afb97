import { describe, expect, test } from '@jest/globals';
import {
  type ExistingIncident,
  incidentMarker,
  planIncident,
} from '../../../../src/core/monitor/incident.js';
import type { Finding } from '../../../../src/core/monitor/report.js';
import { decodeState } from '../../../../src/core/monitor/state.js';

const config = { model: 'churn', closeAfter: 2, reopenWithinMs: 7 * 86_400_000, mentions: ['oncall'] };
const T0 = '2026-12-01T00:00:00.000Z';
const at = (hours: number) => new Date(Date.parse(T0) + hours * 3_600_000).toISOString();

const drift = (failing: Record<string, number>, passing: Record<string, number> = {}): Finding => ({
  kind: 'drift',
  status: Object.keys(failing).length ? 'fail' : 'pass',
  summary: 'drift',
  figures: [
    ...Object.entries(failing).map(([name, value]) => ({
      key: `drift:${name}`,
      label: name,
      value,
      limit: 0.2,
      failing: true,
      reason: `${name} drifted`,
    })),
    ...Object.entries(passing).map(([name, value]) => ({
      key: `drift:${name}`,
      label: name,
      value,
      limit: 0.2,
      failing: false,
    })),
  ],
});

/** Carries a plan out the way GitHub would, so a sequence of runs can be played. */
function apply(existing: ExistingIncident | undefined, plan: ReturnType<typeof planIncident>, now: string) {
  if (plan.action === 'none') return existing;
  if (plan.action === 'open')
    return { number: 1, state: 'open' as const, body: plan.body!, createdAt: now, closedAt: null };
  const closed = plan.action === 'close';
  return {
    ...existing!,
    body: plan.body!,
    state: closed ? ('closed' as const) : ('open' as const),
    closedAt: closed ? now : null,
  };
}

describe('the incident lifecycle', () => {
  test('opens on the first failure, with the marker, mentions from config and the status block', () => {
    const plan = planIncident(drift({ age: 0.5 }), undefined, config, T0);
    expect(plan.action).toBe('open');
    expect(plan.body).toContain(incidentMarker('churn', 'drift'));
    expect(plan.body).toContain('@oncall');
    expect(plan.title).toBe('mlci monitor: drift incident on churn');
    expect(decodeState(plan.body, 'drift')?.since).toBe(T0);
  });

  test('a passing check with no incident does nothing; a skipped one never touches an incident', () => {
    expect(planIncident(drift({}, { age: 0.01 }), undefined, config, T0).action).toBe('none');
    const open = apply(undefined, planIncident(drift({ age: 0.5 }), undefined, config, T0), T0);
    const skipped: Finding = { kind: 'drift', status: 'skipped', summary: '', figures: [] };
    expect(planIncident(skipped, open, config, at(1)).action).toBe('none');
  });

  test('unchanged failures edit the body only; a change in what fails comments once', () => {
    let issue = apply(undefined, planIncident(drift({ age: 0.5 }), undefined, config, T0), T0);
    const same = planIncident(drift({ age: 0.6 }), issue, config, at(1));
    expect(same.action).toBe('update');
    expect(same.comment).toBeUndefined();
    issue = apply(issue, same, at(1));
    const changed = planIncident(drift({ age: 0.6, income: 0.4 }), issue, config, at(2));
    expect(changed.action).toBe('comment');
    expect(changed.comment).toMatch(/Still failing after 2 h/);
    issue = apply(issue, changed, at(2));
    expect(planIncident(drift({ age: 0.7, income: 0.4 }), issue, config, at(3)).action).toBe('update');
  });

  test('closes after N consecutive passing runs; a failure in between restarts the count', () => {
    let issue = apply(undefined, planIncident(drift({ age: 0.5 }), undefined, config, T0), T0);
    const first = planIncident(drift({}, { age: 0.01 }), issue, config, at(1));
    expect(first.action).toBe('update');
    expect(first.body).toMatch(/1 of 2 consecutive passing/);
    issue = apply(issue, first, at(1));
    issue = apply(issue, planIncident(drift({ age: 0.5 }), issue, config, at(2)), at(2));
    issue = apply(issue, planIncident(drift({}, { age: 0.01 }), issue, config, at(3)), at(3));
    const close = planIncident(drift({}, { age: 0.01 }), issue, config, at(4));
    expect(close.action).toBe('close');
    expect(close.comment).toMatch(/Recovered/);
  });

  test('a relapse within the window reopens; after the window a new incident opens', () => {
    const closed: ExistingIncident = {
      number: 3,
      state: 'closed',
      body: planIncident(drift({ age: 0.5 }), undefined, config, T0).body!,
      createdAt: T0,
      closedAt: at(10),
    };
    expect(planIncident(drift({ age: 0.5 }), closed, config, at(20)).action).toBe('reopen');
    expect(planIncident(drift({ age: 0.5 }), closed, config, at(10 + 24 * 8)).action).toBe('open');
    expect(planIncident(drift({}, { age: 0.1 }), closed, config, at(20)).action).toBe('none');
  });

  test('a human edit outside the status block is kept; a tampered state starts afresh', () => {
    const issue = apply(undefined, planIncident(drift({ age: 0.5 }), undefined, config, T0), T0)!;
    const edited = { ...issue, body: `${issue.body}\n\nOwner: data team, see runbook.` };
    const next = planIncident(drift({ age: 0.5 }), edited, config, at(1));
    expect(next.body).toContain('Owner: data team, see runbook.');
    expect(next.body!.match(/mlci-status:start/g)).toHaveLength(1);
    const tampered = {
      ...issue,
      body: issue.body!.replace(/mlci-state: [A-Za-z0-9+/=]+/, 'mlci-state: bm90IGpzb24='),
    };
    const fresh = planIncident(drift({ age: 0.5 }), tampered, config, at(1));
    expect(fresh.action).toBe('comment');
    expect(decodeState(fresh.body, 'drift')?.since).toBe(T0);
  });

  test('figure names from data cannot break the body: no live HTML, mention or comment end', () => {
    const plan = planIncident(drift({ '--> <img src=x> @admin': 0.9 }), undefined, config, T0);
    expect(plan.body).not.toMatch(/(?<!\\)<img|@admin|(?<!\\)--(?<!\\)> /);
    expect(decodeState(plan.body, 'drift')?.history[0]?.figures['drift:--> <img src=x> @admin']).toBe(0.9);
  });
});
