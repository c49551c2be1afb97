import type { CommandSpec } from '../actions/spec.js';
import { MLCI_VERSION } from '../core/version.js';
import { CLI_FLAGS } from './args.js';

const wrap = (text: string, indent: number, width = 100): string => {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + word.length + 1 > width - indent) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.join(`\n${' '.repeat(indent)}`);
};

/** `mlci --help`: every command with its one-line summary. */
export function mainHelp(commands: readonly CommandSpec[]): string {
  const width = Math.max(...commands.map((spec) => spec.name.length)) + 2;
  const rows = commands.map((spec) => {
    const aliases = spec.aliases?.length ? ` (alias: ${spec.aliases.join(', ')})` : '';
    return `  ${spec.name.padEnd(width)}${wrap(spec.summary + aliases, width + 2)}`;
  });
  return [
    `mlci ${MLCI_VERSION}: ML CI/CD — the same commands as the mlci GitHub Actions.`,
    '',
    'Usage: mlci <command> [options]',
    '',
    'Commands:',
    ...rows,
    '',
    'Options: --help, --version. Run `mlci <command> --help` for a command’s options.',
    'Exit codes: 0 ok, 1 failed gate or invalid data, 2 usage or configuration error.',
  ].join('\n');
}

/** `mlci <command> --help`: the inputs as flags, with the same names and defaults as action.yml. */
export function commandHelp(spec: CommandSpec): string {
  const flag = (name: string, kind?: string) => (kind === 'boolean' ? `--${name}` : `--${name} <value>`);
  const options = [
    ...Object.entries(spec.inputs).map(([name, input]) => {
      // A workflow expression (`${{ github.token }}`) is the runner's default, not the command line's:
      // the description says what the CLI uses instead.
      const shown = input.default && !input.default.includes('${{') ? input.default : '';
      const extra = [input.required ? 'required' : '', shown ? `default: ${shown}` : '']
        .filter(Boolean)
        .join('; ');
      return [flag(name, input.kind), input.description + (extra ? ` (${extra})` : '')] as const;
    }),
    ...Object.entries(CLI_FLAGS).map(
      ([name, text]) => [name === 'outputs' ? '--outputs <file>' : `--${name}`, text] as const,
    ),
  ];
  const width = Math.max(...options.map(([left]) => left.length)) + 2;
  const usage = spec.positional
    ? `mlci ${spec.name} [options] [${spec.positional}...]`
    : `mlci ${spec.name} [options]`;
  const outputs = Object.entries(spec.outputs).map(([name, output]) => `  ${name}: ${output.description}`);
  return [
    `${spec.summary}`,
    '',
    `Usage: ${usage}`,
    '',
    'Options:',
    ...options.map(([left, text]) => `  ${left.padEnd(width)}${wrap(text, width + 2)}`),
    ...(outputs.length ? ['', 'Outputs (printed as name=value, or written to --outputs):', ...outputs] : []),
  ].join('\n');
}
