import { UsageError } from '../core/errors.js';
import { didYouMean } from '../core/text/suggest.js';
import type { CommandSpec } from '../actions/spec.js';

/** Flags every command takes on the command line, beyond its inputs. */
export const CLI_FLAGS = {
  help: 'show this help',
  outputs: 'write the outputs as name=value lines to this file (like GITHUB_OUTPUT)',
  quiet: 'print only warnings and errors (no summary, no progress)',
  json: 'print the report as JSON on stdout (for scripts) instead of the summary',
} as const;

export interface ParsedArgs {
  readonly inputs: Map<string, string>;
  readonly help: boolean;
  readonly quiet: boolean;
  /** Print the report JSON on stdout instead of the summary. */
  readonly json: boolean;
  readonly outputsFile?: string;
}

/**
 * Turns `--schema s.yaml --max-rows=5 --force a.csv b.csv` into inputs keyed by action.yml names.
 * A repeated flag or several positionals are newline-joined, as a YAML block list would be.
 */
export function parseArgs(spec: CommandSpec, argv: readonly string[]): ParsedArgs {
  const inputs = new Map<string, string>();
  const add = (name: string, value: string) => {
    const previous = inputs.get(name);
    inputs.set(name, previous === undefined ? value : `${previous}\n${value}`);
  };
  const positionals: string[] = [];
  let help = false;
  let quiet = false;
  let json = false;
  let outputsFile: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    if (arg === '-h' || arg === '--help') {
      help = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const inline = eq === -1 ? undefined : arg.slice(eq + 1);
    if (!arg.startsWith('--') || name === '')
      throw new UsageError(`unknown option ${arg}`, { hint: helpHint(spec) });
    if (name === 'quiet') {
      quiet = true;
      continue;
    }
    if (name === 'json' && !spec.inputs.json) {
      json = true;
      continue;
    }
    const negated = name.startsWith('no-') && spec.inputs[name.slice(3)]?.kind === 'boolean';
    const input = negated ? name.slice(3) : name;
    const declared = spec.inputs[input];
    if (!declared && name !== 'outputs') {
      const known = [...Object.keys(spec.inputs), ...Object.keys(CLI_FLAGS)];
      throw new UsageError(`unknown option --${name} for \`mlci ${spec.name}\`${didYouMean(name, known)}`, {
        hint: helpHint(spec),
      });
    }
    if (negated || declared?.kind === 'boolean') {
      add(input, inline ?? String(!negated));
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) throw new UsageError(`option --${name} needs a value`, { hint: helpHint(spec) });
    if (name === 'outputs') outputsFile = value;
    else add(input, value);
  }
  if (positionals.length) {
    if (!spec.positional) {
      throw new UsageError(`\`mlci ${spec.name}\` takes no positional arguments, got "${positionals[0]}"`, {
        hint: helpHint(spec),
      });
    }
    add(spec.positional, positionals.join('\n'));
  }
  return { inputs, help, quiet, json, outputsFile };
}

function helpHint(spec: CommandSpec): string {
  return `run \`mlci ${spec.name} --help\` for its options`;
}
