/** One input of a command, keyed by its action.yml name; CLI flags use the same names (`--schema`). */
export interface InputSpec {
  readonly description: string;
  /** How the CLI parses the flag: a boolean flag takes no value (`--force`, `--no-force`). Default string. */
  readonly kind?: 'string' | 'boolean' | 'number' | 'list';
  readonly required?: boolean;
  readonly default?: string;
}

export interface OutputSpec {
  readonly description: string;
  /** The value is a path relative to the working directory (`mlci run` rebases it onto the workspace). */
  readonly path?: boolean;
}

/**
 * What a command is, written once: action.yml files are generated from it (scripts/build.mjs), and
 * `mlci <command> --help` is printed from it, so the step and the shell line cannot drift apart.
 */
export interface CommandSpec {
  readonly name: string;
  readonly aliases?: readonly string[];
  /** One line, shown in `mlci --help` and as the action's description. */
  readonly summary: string;
  readonly inputs: Readonly<Record<string, InputSpec>>;
  readonly outputs: Readonly<Record<string, OutputSpec>>;
  /** The input that receives the CLI's positional arguments, newline-joined (`mlci validate a.csv b.csv`). */
  readonly positional?: string;
  /** False for CLI-only commands (infer-schema, fingerprint, run): no actions/<name>/action.yml. */
  readonly action?: boolean;
  /**
   * Structured keys the command's mlci.yml section takes beyond its inputs (train's `stages`), as JSON
   * Schema. The rest of the section's schema is derived from `inputs`.
   */
  readonly config?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** Least-privilege `permissions:` a workflow must grant, for the docs. */
  readonly permissions?: Readonly<Record<string, 'read' | 'write'>>;
}
