// Reading what an action wrote the way the runner reads it: the GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE
// files (`name<<delimiter` heredocs or `name=value` lines) and workflow commands on stdout.

/** Parses a file-command file: heredoc entries as @actions/core writes them, or single `name=value` lines. */
export function parseKeyValueFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const end = lines.indexOf(delimiter!, i + 1);
      if (end === -1) throw new Error(`unterminated value of ${name}: no closing ${delimiter}`);
      out[name!] = lines.slice(i + 1, end).join('\n');
      i = end;
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`not a name=value or name<<delimiter line: ${JSON.stringify(line)}`);
    out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

/** A `::name key=value,...::message` line the runner acted on. */
export interface WorkflowCommand {
  readonly command: string;
  readonly properties: Readonly<Record<string, string>>;
  readonly message: string;
}

/** An error, warning or notice annotation, with the place it points at. */
export interface Annotation {
  readonly level: 'error' | 'warning' | 'notice';
  readonly message: string;
  readonly title?: string;
  readonly file?: string;
  readonly line?: number;
  readonly endLine?: number;
  readonly col?: number;
  readonly endColumn?: number;
}

// Escaping of @actions/core's command.ts (escapeData / escapeProperty), undone.
const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));

/**
 * The workflow commands in a step's stdout, as the runner parses them: `::command props::message` at the
 * start of a line; between `::stop-commands::<token>` and `::<token>::` nothing is a command.
 */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  let stopToken: string | undefined;
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    if (!match) continue;
    const [, command, props = '', message = ''] = match;
    if (command === 'stop-commands') {
      stopToken = message;
      continue;
    }
    const properties: Record<string, string> = {};
    for (const pair of props.split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq).trim()] = unescapeProperty(pair.slice(eq + 1));
    }
    commands.push({ command: command!, properties, message: unescapeData(message) });
  }
  return commands;
}

/** The annotations among the workflow commands. */
export function annotationsOf(commands: readonly WorkflowCommand[]): Annotation[] {
  const num = (value: string | undefined) => (value === undefined ? undefined : Number(value));
  return commands
    .filter((c): c is WorkflowCommand & { command: Annotation['level'] } =>
      ['error', 'warning', 'notice'].includes(c.command),
    )
    .map(({ command, properties: p, message }) => {
      const annotation: Annotation = {
        level: command,
        message,
        title: p.title,
        file: p.file,
        line: num(p.line),
        endLine: num(p.endLine),
        col: num(p.col),
        endColumn: num(p.endColumn),
      };
      // Leave out what the action did not say, so tests can compare with toEqual.
      return Object.fromEntries(Object.entries(annotation).filter(([, v]) => v !== undefined)) as Annotation;
    });
}
