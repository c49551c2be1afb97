import { CAPABILITIES } from '../actions/commands.js';
import type { CommandSpec } from '../actions/spec.js';

type JsonSchema = Record<string, unknown>;

/** A scalar input given in YAML: strings, numbers and booleans are passed to the command as text. */
const SCALAR = { type: ['string', 'number', 'boolean'] };
const LIST = { type: 'array', items: SCALAR };

/** The schema of one section: every input of the command (scalar or list), plus its structured keys. */
export function sectionSchema(spec: CommandSpec): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const [name, input] of Object.entries(spec.inputs)) {
    properties[name] = { description: input.description, anyOf: [SCALAR, LIST] };
  }
  Object.assign(properties, spec.config ?? {});
  return { type: 'object', properties, additionalProperties: false };
}

/** The JSON Schema of mlci.yml: `version` and one optional section per capability, nothing else. */
export function configSchema(): JsonSchema {
  const properties: Record<string, JsonSchema> = {
    version: { description: 'Version of the mlci.yml format.', const: 1 },
  };
  for (const { spec } of CAPABILITIES) properties[spec.name] = sectionSchema(spec);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://mlci.dev/schema/mlci.yml.json',
    title: 'mlci.yml',
    type: 'object',
    properties,
    required: ['version'],
    additionalProperties: false,
  };
}
