import { isAbsolute, relative, sep } from 'node:path';
import * as core from '@actions/core';
import { inertBlock } from '../core/text/inert.js';
import { redactCredentials } from '../core/text/redact.js';
import { inertLogger, withHint } from './inert-logger.js';
import type { ActionIO, AnnotationProps, Logger } from './io.js';

/**
 * Annotation files must be repository-relative with forward slashes for GitHub to show them on the
 * file in the pull request; the runner does not rewrite an absolute path. Paths outside the workspace
 * are left as they are (they still name the file in the log).
 */
export function annotationFile(file: string | undefined, workspace: string): string | undefined {
  if (file === undefined || !isAbsolute(file)) return file?.split(sep).join('/');
  const inside = relative(workspace, file);
  return inside.startsWith('..') || isAbsolute(inside) ? file : inside.split(sep).join('/');
}

function runnerLog(workspace: string): Logger {
  const annotation = (props: AnnotationProps = {}): core.AnnotationProperties => {
    const { title, where } = props;
    return {
      title,
      file: annotationFile(where?.file, workspace),
      startLine: where?.line,
      startColumn: where?.column,
    };
  };
  // The only place mlci's runner log reaches @actions/core; inertLogger has made every text inert.
  return inertLogger({
    info: (message) => core.info(message),
    debug: (message) => core.debug(message),
    notice: (message, props) => core.notice(withHint(message, props), annotation(props)),
    warning: (message, props) => core.warning(withHint(message, props), annotation(props)),
    error: (message, props) => core.error(withHint(message, props), annotation(props)),
    group: (name, work) => core.group(name, work),
  });
}

/** The ActionIO of a workflow step: INPUT_* env, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, workflow commands. */
export function runnerIO(env: NodeJS.ProcessEnv = process.env): ActionIO {
  const cwd = env.GITHUB_WORKSPACE || process.cwd();
  return {
    inputs: { get: (name) => core.getInput(name) || undefined },
    log: runnerLog(cwd),
    env,
    cwd,
    output: (name, value) => core.setOutput(name, value),
    summary: async (markdown) => {
      // Without GITHUB_STEP_SUMMARY (an old or self-hosted runner), core.summary throws: log instead.
      if (!env.GITHUB_STEP_SUMMARY) return core.info(inertBlock(redactCredentials(markdown)));
      await core.summary.addRaw(redactCredentials(markdown), true).write();
    },
    setSecret: (value) => core.setSecret(value),
  };
}
