import * as core from '@actions/core';
import type { ActionIO, AnnotationProps, Logger } from './io.js';

function annotation(props: AnnotationProps = {}): core.AnnotationProperties {
  const { title, where } = props;
  return { title, file: where?.file, startLine: where?.line, startColumn: where?.column };
}

const runnerLog: Logger = {
  info: (message) => core.info(message),
  debug: (message) => core.debug(message),
  notice: (message, props) => core.notice(message, annotation(props)),
  warning: (message, props) => core.warning(message, annotation(props)),
  error: (message, props) => core.error(message, annotation(props)),
  group: (name, work) => core.group(name, work),
};

/** The ActionIO of a workflow step: INPUT_* env, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, workflow commands. */
export function runnerIO(env: NodeJS.ProcessEnv = process.env): ActionIO {
  return {
    inputs: { get: (name) => core.getInput(name) || undefined },
    log: runnerLog,
    env,
    cwd: env.GITHUB_WORKSPACE || process.cwd(),
    output: (name, value) => core.setOutput(name, value),
    summary: async (markdown) => {
      // Without GITHUB_STEP_SUMMARY (an old or self-hosted runner), core.summary throws: log instead.
      if (!env.GITHUB_STEP_SUMMARY) return core.info(markdown);
      await core.summary.addRaw(markdown, true).write();
    },
    setSecret: (value) => core.setSecret(value),
  };
}
