// The copyable workflows in examples/workflows/: every `uses:` of an mlci action names inputs its
// action.yml declares (and all it requires), every `steps.<id>.outputs.<name>` names a step of the same
// job and, for an mlci action, an output it declares; least permissions (none at the top, each job its
// own); third-party actions pinned to a major version.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '../../..');
const dir = join(root, 'examples/workflows');
const files = readdirSync(dir).filter((f) => f.endsWith('.yml'));

interface ActionYml {
  inputs?: Record<string, { required?: boolean; default?: string }>;
  outputs?: Record<string, unknown>;
}
interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
  run?: string;
}
interface Job {
  permissions?: Record<string, string> | string;
  steps?: Step[];
}
interface Workflow {
  on: unknown;
  permissions?: unknown;
  jobs: Record<string, Job>;
}

const MLCI = /^OWNER\/mlci(?:\/actions\/([a-z-]+))?@v1$/;

/** The action.yml an `OWNER/mlci…@v1` reference names, or undefined for another action. */
function actionOf(uses: string): ActionYml | undefined {
  const m = MLCI.exec(uses);
  if (!m) return undefined;
  const path = m[1] ? join(root, 'actions', m[1], 'action.yml') : join(root, 'action.yml');
  return parse(readFileSync(path, 'utf8')) as ActionYml;
}

const workflows = files.map((file) => ({
  file,
  workflow: parse(readFileSync(join(dir, file), 'utf8')) as Workflow,
}));

describe('examples/workflows', () => {
  test('there is one for each pattern docs/workflows.md explains', () => {
    expect(files.sort()).toEqual([
      'commands.yml',
      'data-shards.yml',
      'monitor.yml',
      'pull-request-report.yml',
      'pull-request.yml',
      'release.yml',
    ]);
    const doc = readFileSync(join(root, 'docs/workflows.md'), 'utf8');
    for (const file of files) expect(doc).toContain(`examples/workflows/${file}`);
  });

  describe.each(workflows)('$file', ({ workflow }) => {
    test('mlci steps give only declared inputs, and every required one', () => {
      const problems: string[] = [];
      for (const [jobName, job] of Object.entries(workflow.jobs)) {
        for (const step of job.steps ?? []) {
          if (!step.uses?.startsWith('OWNER/')) continue;
          const action = actionOf(step.uses);
          if (!action) {
            problems.push(`${jobName}: ${step.uses} is not OWNER/mlci[/actions/<name>]@v1`);
            continue;
          }
          const declared = action.inputs ?? {};
          for (const name of Object.keys(step.with ?? {}))
            if (!(name in declared)) problems.push(`${jobName}: ${step.uses} has no input '${name}'`);
          for (const [name, input] of Object.entries(declared))
            if (input.required && input.default === undefined && !(name in (step.with ?? {})))
              problems.push(`${jobName}: ${step.uses} needs input '${name}'`);
        }
      }
      expect(problems).toEqual([]);
    });

    test('steps.<id>.outputs.<name> name a step of the job and an output its action declares', () => {
      const problems: string[] = [];
      for (const [jobName, job] of Object.entries(workflow.jobs)) {
        const steps = new Map((job.steps ?? []).filter((s) => s.id).map((s) => [s.id!, s]));
        const text = JSON.stringify(job);
        for (const [, id, kind, name] of text.matchAll(
          /steps\.([\w-]+)\.(outputs|outcome|conclusion)\.?([\w-]*)/g,
        )) {
          const step = steps.get(id);
          if (!step) {
            problems.push(`${jobName}: no step with id '${id}'`);
            continue;
          }
          if (kind !== 'outputs' || !step.uses) continue;
          const action = actionOf(step.uses);
          if (action && !(name in (action.outputs ?? {})))
            problems.push(`${jobName}: ${step.uses} has no output '${name}'`);
        }
      }
      expect(problems).toEqual([]);
    });

    test('least permissions: none at the top, each job names its own; no pull_request_target', () => {
      expect(workflow.permissions).toEqual({});
      for (const job of Object.values(workflow.jobs)) {
        expect(typeof job.permissions).toBe('object');
        for (const level of Object.values(job.permissions as Record<string, string>))
          expect(['read', 'write']).toContain(level);
      }
      expect(JSON.stringify(workflow.on)).not.toContain('pull_request_target');
    });

    test('other actions are pinned to a major version (or a SHA)', () => {
      for (const job of Object.values(workflow.jobs))
        for (const step of job.steps ?? [])
          if (step.uses && !step.uses.startsWith('OWNER/'))
            expect(step.uses).toMatch(/^[\w-]+\/[\w-]+(\/[\w./-]+)?@(v\d+|[0-9a-f]{40})$/);
    });

    test('no untrusted event text inside a run: script (expressions go through env:)', () => {
      for (const job of Object.values(workflow.jobs))
        for (const step of job.steps ?? [])
          expect(step.run ?? '').not.toMatch(/\$\{\{[^}]*(github\.event|inputs\.|head_ref)/);
    });
  });
});
