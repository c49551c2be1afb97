import { commandLines } from './command-lines.js';

/** The word that starts a command, at the very start of a line. */
export const PREFIX = '/mlci';

/** What `/mlci …` can ask for. */
export type MlciCommand =
  | { readonly verb: 'help' }
  | { readonly verb: 'accept'; readonly metrics: readonly string[]; readonly reason: string }
  | { readonly verb: 'rerun' }
  | { readonly verb: 'compare'; readonly ref: string; readonly refKind: 'tag' | 'commit' };

export type Verb = MlciCommand['verb'];
export const VERBS: readonly Verb[] = ['help', 'accept', 'rerun', 'compare'];

/**
 * A comment read as a command: none (no line starts with /mlci), one valid command, or an invalid one.
 * `problem` is mlci's own wording; `offending` is the user's text it is about (untrusted: escape it
 * before it reaches a reply, and keep it out of log lines).
 */
export type ParsedComment =
  | { readonly kind: 'none' }
  | { readonly kind: 'command'; readonly command: MlciCommand; readonly line: number }
  | {
      readonly kind: 'invalid';
      readonly problem: string;
      readonly offending?: string;
      readonly line: number;
    };

const LIMITS = {
  reason: 500, // characters; the reason is stored in the acceptance and shown in every report
  metrics: 20, // per command
  metricName: 100,
  line: 2000, // a command line longer than this is refused before it is split
} as const;
export { LIMITS as COMMAND_LIMITS };

/** A metric key as comparison reports name them: `accuracy`, `metrics.f1`, `eval/m.json:recall@5`. */
const METRIC = /^[A-Za-z0-9_][A-Za-z0-9_.:/@+-]*$/;
/** Commit: 7 to 40 hex digits. Tag: git ref-name characters only, so nothing a shell would act on. */
const COMMIT = /^[0-9a-f]{7,40}$/;
const TAG = /^[A-Za-z0-9][A-Za-z0-9._/+-]{0,127}$/;
/** C0/C1 controls, bidi overrides and zero-width characters: never in a stored reason. */
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

/**
 * Reads a comment body. Only the first line that starts with `/mlci` (followed by a space or the end of
 * the line) outside quotes, code blocks and HTML comments counts; a second such line makes the comment
 * invalid (one command per comment, so nothing is done by surprise).
 *
 *   parseComment('/mlci accept accuracy,f1 -- fairness fix')
 *     = { kind: 'command', line: 1, command: { verb: 'accept', metrics: ['accuracy', 'f1'], reason: 'fairness fix' } }
 *   parseComment('> /mlci accept accuracy -- x') = { kind: 'none' }
 *   parseComment('/mlci acceptx')  = { kind: 'invalid', problem: 'unknown command', offending: 'acceptx', line: 1 }
 */
export function parseComment(body: string | null | undefined): ParsedComment {
  const candidates = commandLines(body ?? '').filter(({ text }) => isCommandLine(text));
  const [first, second] = candidates;
  if (!first) return { kind: 'none' };
  if (second) {
    return { kind: 'invalid', problem: 'one command per comment, please', line: second.line };
  }
  return parseLine(first.text, first.line);
}

function isCommandLine(text: string): boolean {
  return text.startsWith(PREFIX) && (text.length === PREFIX.length || /[ \t]/.test(text[PREFIX.length]!));
}

function parseLine(text: string, line: number): ParsedComment {
  const invalid = (problem: string, offending?: string): ParsedComment => ({
    kind: 'invalid',
    problem,
    ...(offending === undefined ? {} : { offending }),
    line,
  });
  if (text.length > LIMITS.line) return invalid(`the command line is longer than ${LIMITS.line} characters`);
  const rest = text.slice(PREFIX.length).trim();
  const space = rest.search(/[ \t]/);
  const verb = space === -1 ? rest : rest.slice(0, space);
  const args = space === -1 ? '' : rest.slice(space).trim();
  switch (verb) {
    case '':
      return invalid('no command given');
    case 'help':
    case 'rerun':
      return args ? invalid(`\`${verb}\` takes no arguments`, args) : command({ verb }, line);
    case 'accept':
      return parseAccept(args, invalid, line);
    case 'compare':
      return parseCompare(args, invalid, line);
    default:
      return invalid('unknown command', verb);
  }
}

const command = (value: MlciCommand, line: number): ParsedComment => ({
  kind: 'command',
  command: value,
  line,
});

type Invalid = (problem: string, offending?: string) => ParsedComment;

/** `<metric>[,<metric>…] -- <reason>`: the reason is everything after the first ` -- `. */
function parseAccept(args: string, invalid: Invalid, line: number): ParsedComment {
  const separator = /(^|[ \t])--([ \t]|$)/.exec(args);
  if (!separator) return invalid('`accept` needs a reason after ` -- `: `/mlci accept <metric> -- <reason>`');
  const list = args.slice(0, separator.index).trim();
  const reason = args.slice(separator.index + separator[0].length).trim();
  if (!list) return invalid('`accept` needs the metric(s) to accept before ` -- `');
  const metrics = list.split(',').map((name) => name.trim());
  if (metrics.length > LIMITS.metrics) return invalid(`at most ${LIMITS.metrics} metrics per command`);
  for (const metric of metrics) {
    if (!metric) return invalid('an empty metric name in the list', list);
    if (metric.length > LIMITS.metricName || !METRIC.test(metric))
      return invalid('not a metric name', metric);
  }
  if (new Set(metrics).size !== metrics.length) return invalid('a metric is named twice', list);
  if (!reason) return invalid('`accept` needs a reason after ` -- `: it becomes part of the audit trail');
  if (reason.length > LIMITS.reason) return invalid(`the reason is longer than ${LIMITS.reason} characters`);
  if (HIDDEN.test(reason)) return invalid('the reason contains control or invisible characters');
  return command({ verb: 'accept', metrics, reason }, line);
}

/** `<ref>`: a release tag or a commit (7 to 40 hex digits). */
function parseCompare(args: string, invalid: Invalid, line: number): ParsedComment {
  if (!args) return invalid('`compare` needs a release tag or a commit: `/mlci compare v1.4.0`');
  if (/[ \t]/.test(args)) return invalid('`compare` takes one ref', args);
  if (COMMIT.test(args)) return command({ verb: 'compare', ref: args, refKind: 'commit' }, line);
  // More than 40 hex digits is a mistyped commit, not a tag.
  if (
    /^[0-9a-f]{41,}$/.test(args) ||
    !TAG.test(args) ||
    args.includes('..') ||
    args.includes('//') ||
    /(\.lock|[./])$/.test(args)
  ) {
    return invalid('not a release tag or a commit', args);
  }
  return command({ verb: 'compare', ref: args, refKind: 'tag' }, line);
}
