import { MlciError, UsageError } from '../core/errors.js';
import { didYouMean } from '../core/text/suggest.js';
import { MLCI_VERSION } from '../core/version.js';
import { reportFailure } from '../actions/run-action.js';
import { cliIO } from '../platform/cli-io.js';
import { terminalIO } from '../platform/terminal/terminal-io.js';
import { parseArgs } from './args.js';
import { CLI_COMMANDS, findCommand } from './commands.js';
import { commandHelp, mainHelp } from './help.js';

const allSpecs = () => CLI_COMMANDS.map(({ spec }) => spec);

/** `mlci <command> …`: returns the exit code; the bin script sets it, nothing here exits. */
export async function main(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${mainHelp(allSpecs())}\n`);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-V') {
    process.stdout.write(`${MLCI_VERSION}\n`);
    return 0;
  }
  const command = findCommand(name);
  if (!command) {
    const names = allSpecs().flatMap((spec) => [spec.name, ...(spec.aliases ?? [])]);
    process.stderr.write(
      `error: unknown command \`${name}\`${didYouMean(name, names)}\n  run \`mlci --help\`\n`,
    );
    return 2;
  }
  const { spec } = command;
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(spec, rest);
  } catch (thrown) {
    process.stderr.write(`error: ${thrown instanceof MlciError ? thrown.describe() : String(thrown)}\n`);
    return thrown instanceof UsageError ? 2 : 1;
  }
  if (args.help) {
    process.stdout.write(`${commandHelp(spec)}\n`);
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
