import type { MlciCommand } from '../../core/commands/grammar.js';
import { inlineCode } from '../../core/text/markdown.js';
import type { CommandContext, Handled } from './context.js';

/** `/mlci compare <ref>`: not built yet; says so plainly. */
export async function compare(
  _ctx: CommandContext,
  command: Extract<MlciCommand, { verb: 'compare' }>,
): Promise<Handled> {
  return {
    outcome: 'invalid',
    reply: `ℹ️ \`/mlci compare\` against ${inlineCode(command.ref)} is not available yet. Nothing was changed.`,
  };
}
