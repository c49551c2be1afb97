// A recording ActionIO for build-image tests: inputs from a map, outputs/summary/logs collected.
import type { ActionIO } from '../../src/platform/io.js';

export interface RecordingIO extends ActionIO {
  readonly outputs: Record<string, string>;
  readonly logs: string[];
  readonly summaries: string[];
  readonly secrets: string[];
}

export function recordingIO(
  inputs: Record<string, string>,
  cwd: string,
  env: Record<string, string | undefined> = {},
): RecordingIO {
  const outputs: Record<string, string> = {};
  const logs: string[] = [];
  const summaries: string[] = [];
  const secrets: string[] = [];
  const mask = (text: string) => secrets.reduce((out, s) => out.split(s).join('***'), text);
  const say = (kind: string) => (message: string) => {
    logs.push(mask(`${kind}: ${message}`));
  };
  return {
    inputs: { get: (name) => inputs[name] || undefined },
    log: {
      info: say('info'),
      debug: say('debug'),
      notice: say('notice'),
      warning: say('warning'),
      error: say('error'),
      group: async (name, work) => {
        logs.push(`group: ${name}`);
        return work();
      },
    },
    env: { HOME: cwd, ...env },
    cwd,
    output: (name, value) => {
      outputs[name] = value;
    },
    summary: async (markdown) => {
      summaries.push(mask(markdown));
    },
    setSecret: (value) => {
      if (value) secrets.push(value);
    },
    outputs,
    logs,
    summaries,
    secrets,
  };
}
