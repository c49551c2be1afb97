// Renders an action.yml from a command spec (src/actions/<name>/spec.ts), so the two never drift.
import { stringify } from 'yaml';

/** The action.yml text for a spec, with `runs.main` pointing at its bundle. */
export function renderActionYml(spec, main) {
  const inputs = {};
  for (const [name, input] of Object.entries(spec.inputs)) {
    inputs[name] = { description: input.description, required: Boolean(input.required) };
    if (input.default !== undefined) inputs[name].default = input.default;
  }
  const outputs = {};
  for (const [name, output] of Object.entries(spec.outputs))
    outputs[name] = { description: output.description };
  const doc = {
    name: spec.name === 'mlci' ? 'mlci' : `mlci ${spec.name}`,
    description: spec.summary,
    author: 'mlci',
    branding: { icon: 'check-circle', color: 'blue' },
    inputs,
    outputs,
    runs: { using: 'node24', main },
  };
  return `# Generated from src/actions/${spec.name === 'mlci' ? 'run' : spec.name}/spec.ts by scripts/build.mjs: edit the spec, not this file.\n${stringify(doc, { lineWidth: 0 })}`;
}
