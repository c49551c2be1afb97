// Event payloads for GITHUB_EVENT_PATH: real examples from @octokit/webhooks-examples, not hand-made ones.
import { createRequire } from 'node:module';

interface ExampleSet {
  readonly name: string;
  readonly examples: readonly Record<string, unknown>[];
}

let examples: readonly ExampleSet[] | undefined;

/** Every example payload of an event (`pull_request`, `issue_comment`, `push`, ...). */
export function webhookExamples(event: string): readonly Record<string, unknown>[] {
  examples ??= createRequire(import.meta.url)('@octokit/webhooks-examples') as ExampleSet[];
  const set = examples.find((e) => e.name === event);
  if (!set) throw new Error(`@octokit/webhooks-examples has no ${event} payloads`);
  return set.examples;
}

/**
 * A deep copy of the first example of `event` that `match` accepts (`{ action: 'opened' }` compares
 * top-level fields), so a test may change it freely.
 */
export function webhookExample(
  event: string,
  match: Readonly<Record<string, unknown>> | ((payload: Record<string, unknown>) => boolean) = {},
): Record<string, unknown> {
  const accepts =
    typeof match === 'function'
      ? match
      : (p: Record<string, unknown>) => Object.entries(match).every(([k, v]) => p[k] === v);
  const found = webhookExamples(event).find(accepts);
  if (!found) throw new Error(`no ${event} example matches ${JSON.stringify(match)}`);
  return structuredClone(found);
}
