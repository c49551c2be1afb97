import { describe, expect, jest, test } from '@jest/globals';
import { annotationFile, runnerIO } from '../../../src/platform/runner-io.js';
import { annotationsOf, parseWorkflowCommands } from '../../harness/workflow-files.js';
import { HOSTILE, injectedCommands } from '../../support/runner-commands.js';

describe('annotationFile', () => {
  test('makes a path inside the workspace repository-relative', () => {
    expect(annotationFile('/ws/repo/data/train.csv', '/ws/repo')).toBe('data/train.csv');
  });
  test('keeps relative paths and paths outside the workspace', () => {
    expect(annotationFile('data/train.csv', '/ws/repo')).toBe('data/train.csv');
    expect(annotationFile('/tmp/other.csv', '/ws/repo')).toBe('/tmp/other.csv');
    expect(annotationFile(undefined, '/ws/repo')).toBeUndefined();
  });
});

describe('runnerIO log: every line inert', () => {
  test('messages, titles, files, hints and group names carrying commands issue none; mlci’s own do', async () => {
    const written: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      const { log } = runnerIO({ GITHUB_WORKSPACE: '/ws' });
      log.info(HOSTILE);
      log.info(`::error::PWNED`);
      log.debug(HOSTILE);
      log.notice(HOSTILE, { title: HOSTILE });
      log.warning(HOSTILE, { where: { file: `/ws/${HOSTILE}.csv`, line: 2 } });
      log.error(`bad ${HOSTILE}`, { title: 'mlci x', hint: HOSTILE });
      await log.group(HOSTILE, async () => log.info('inside'));
    } finally {
      spy.mockRestore();
    }
    const stdout = written.join('');
    expect(injectedCommands(stdout)).toEqual([]);
    const commands = parseWorkflowCommands(stdout).map((c) => c.command);
    expect(commands).toEqual(['debug', 'notice', 'warning', 'error', 'group', 'endgroup']);
    const error = annotationsOf(parseWorkflowCommands(stdout)).find((a) => a.level === 'error');
    expect(error?.message).toMatch(/^bad x\\n::error::PWNED\\r/);
    expect(error?.message).toMatch(/\n {2}hint: x\\n::error::PWNED/);
  });
});
