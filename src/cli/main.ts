import { MlciError, UsageError } from '../core/errors.js';
import { visible } from '../core/text/inert.js';
import { didYouMean } from '../core/text/suggest.js';
import { MLCI_VERSION } from '../core/version.js';
import { reportFailure } from '../actions/run-action.js';
import { cliIO, printBlock } from '../platform/cli-io.js';
import { terminalIO } from '../platform/terminal/terminal-io.js';
import { parseArgs } from './args.js';
import { CLI_COMMANDS, findCommand } from './commands.js';
import { commandHelp, mainHelp } from './help.js';

const allSpecs = () => CLI_COMMANDS.map(({ spec }) => spec);

/** `mlci <command> …`: returns the exit code; the bin script sets it, nothing here exits. */
export async function main(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    printBlock('stdout', mainHelp(allSpecs()));
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-V') {
    printBlock('stdout', MLCI_VERSION);
    return 0;
  }
  const command = findCommand(name);
  if (!command) {
    const names = allSpecs().flatMap((spec) => [spec.name, ...(spec.aliases ?? [])]);
    printBlock(
      'stderr',
      `error: unknown command \`${visible(name)}\`${didYouMean(name, names)}\n  run \`mlci --help\``,
    );
    return 2;
  }
  const { spec } = command;
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(spec, rest);
  } catch (thrown) {
    const [message, hint] =
      thrown instanceof MlciError ? [thrown.describe({ hint: false }), thrown.hint] : [String(thrown)];
    printBlock(
      'stderr',
      `error: ${visible(message)}${hint === undefined ? '' : `\n  hint: ${visible(hint)}`}`,
    );
    return thrown instanceof UsageError ? 2 : 1;
  }
  if (args.help) {
    printBlock('stdout', commandHelp(spec));
    return 0;
  }
  const { quiet, json, outputsFile } = args;
  const io = terminalIO(cliIO({ inputs: args.inputs, env, quiet, outputsFile }), {
    stdout: process.stdout,
    stderr: process.stderr,
    env,
    json,
    quiet,
    outputsFile,
  });
  let code = 0;
  try {
    await command.run(io);
  } catch (thrown) {
    code = reportFailure(spec, thrown, io);
  }
  await io.printJson();
  return code;
}
