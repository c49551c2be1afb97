// What a GitHub runner would act on in a step's output, read as strictly as the runner reads it: a line
// ends at LF, CRLF or a lone CR; `::command::` counts after leading white space; `##[command]` counts
// anywhere in the line. (test/harness/workflow-files.ts parses the commands mlci means to issue; this
// finds the ones it must never issue.)

/** Hostile text for names, values, replies and subprocess output: each piece tries another way in. */
export const HOSTILE =
  'x\n::error::PWNED\r::add-mask::PWNED %0A::error::PWNED\n::stop-commands::PWNED ##[error]PWNED';

/** The runner's lines of `text`. */
export function runnerLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * Lines of `text` the runner would take as a command that came from the hostile text rather than from
 * mlci: a command whose message starts with PWNED, any `##[` command, an add-mask of PWNED, stop-commands.
 */
export function injectedCommands(text: string): string[] {
  return runnerLines(text).filter((line) => {
    const trimmed = line.trimStart();
    if (/##\[/.test(trimmed)) return true;
    const command = /^::([A-Za-z-]+)(?: [^:]*)?::(.*)$/.exec(trimmed);
    if (!command) return false;
    const [, name, message] = command;
    if (name === 'stop-commands') return true;
    return message!.startsWith('PWNED') || (name === 'add-mask' && message!.includes('PWNED'));
  });
}
