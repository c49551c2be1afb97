// GitHub's OpenAPI description as a validator of the fake's traffic (reference/actions-runtime.md §8.2).
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

type Json = Record<string, unknown>;
interface Operation {
  readonly operationId: string;
  readonly parameters?: readonly Json[];
  readonly requestBody?: Json;
  readonly responses: Readonly<Record<string, Json>>;
}
interface Spec {
  readonly paths: Readonly<Record<string, Readonly<Record<string, Operation>>>>;
  readonly components: Readonly<Record<string, Readonly<Record<string, Json>>>>;
}

/** One problem the validator found; `where` says which side of the exchange it was on. */
export interface Violation {
  readonly where: 'request' | 'response';
  readonly operation: string;
  readonly method: string;
  readonly path: string;
  readonly status?: number;
  readonly errors: readonly string[];
}

let spec: Spec | undefined;
/**
 * Only the api.github.com description: the package index would load all ten files (≈ 390 MB).
 * createRequire keeps it in Node's own module cache, shared by every test file of a jest worker.
 */
export function githubSpec(): Spec {
  spec ??= createRequire(import.meta.url)('@octokit/openapi/generated/api.github.com.json') as Spec;
  return spec;
}

/**
 * OpenAPI 3.0 → JSON Schema for ajv: `nullable` becomes a null type (ajv throws "nullable cannot be
 * used without type" otherwise) and `#/components/` refs point into the registered 'gh' schema.
 */
export function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'nullable' || key === 'example' || key === 'examples') continue;
    if (key === '$ref' && typeof value === 'string')
      out[key] = value.replace(/^#\/components\//, 'gh#/components/');
    else out[key] = toJsonSchema(value);
  }
  if ((node as Json).nullable !== true) return out;
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
    return out;
  }
  return { anyOf: [out, { type: 'null' }] };
}

let shared: OpenApiValidator | undefined;
/** One validator per process: every fake of a test file reuses the schemas compiled so far. */
export function sharedValidator(): OpenApiValidator {
  shared ??= new OpenApiValidator();
  return shared;
}

/** Follows a local `$ref` (`#/components/responses/not_found`) to the object it names. */
export function resolveRef<T = Json>(node: unknown): T {
  let current = node as Json;
  for (let depth = 0; typeof current?.$ref === 'string' && depth < 10; depth++) {
    const [, section, name] = /^#\/components\/([^/]+)\/(.+)$/.exec(current.$ref as string) ?? [];
    current = githubSpec().components[section!]![name!] as Json;
  }
  return current as T;
}

const BASIC_ERROR = {
  content: { 'application/json': { schema: { $ref: '#/components/schemas/basic-error' } } },
};

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

/** Compiles per-operation schemas on first use and keeps them: compiling all of them takes seconds. */
export class OpenApiValidator {
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor() {
    this.ajv = new Ajv({ strict: false, allErrors: true, allowUnionTypes: true, logger: false });
    addFormats(this.ajv);
    // Formats GitHub uses that JSON Schema does not define: accepted as plain strings.
    for (const format of ['repo.nwo', 'binary', 'uri-template', 'timestamp'])
      this.ajv.addFormat(format, true);
    const schemas = githubSpec().components.schemas!;
    this.ajv.addSchema({ $id: 'gh', components: { schemas: toJsonSchema(schemas) } });
  }

  /** The operation a fake route serves; throws for a template the description does not have. */
  operation(method: string, template: string): Operation {
    const operation = githubSpec().paths[template]?.[method.toLowerCase()];
    if (!operation)
      throw new Error(`fake-github: ${method} ${template} is not in GitHub's OpenAPI description`);
    return operation;
  }

  /** Errors of a request's path and query parameters and JSON body (empty when valid). */
  checkRequest(
    method: string,
    template: string,
    params: Readonly<Record<string, string>>,
    query: URLSearchParams,
    body: unknown,
    contentType: string | undefined,
  ): string[] {
    const operation = this.operation(method, template);
    const errors: string[] = [];
    for (const raw of operation.parameters ?? []) {
      const parameter = resolveRef<{ name: string; in: string; required?: boolean; schema: Json }>(raw);
      const value = parameter.in === 'path' ? params[parameter.name] : query.get(parameter.name);
      if (parameter.in !== 'path' && parameter.in !== 'query') continue;
      if (value === undefined || value === null) {
        if (parameter.required) errors.push(`${parameter.in} parameter "${parameter.name}" is required`);
        continue;
      }
      const check = this.compile(`param ${template} ${method} ${parameter.name}`, parameter.schema);
      if (!check(coerce(value, parameter.schema))) {
        errors.push(...describe(check.errors, `${parameter.in} parameter "${parameter.name}"`));
      }
    }
    const requestBody = operation.requestBody ? resolveRef<Json>(operation.requestBody) : undefined;
    const jsonSchema = (requestBody?.content as Json | undefined)?.['application/json'] as Json | undefined;
    if (!jsonSchema) return errors;
    if (body === undefined) {
      if (requestBody?.required) errors.push('a JSON request body is required');
      return errors;
    }
    if (contentType && !/json/.test(contentType)) errors.push(`expected a JSON body, got ${contentType}`);
    const check = this.compile(`request ${method} ${template}`, jsonSchema.schema as Json);
    if (!check(body)) errors.push(...describe(check.errors, 'body'));
    return errors;
  }

  /**
   * Errors of a response's JSON body against the documented schema for its status. `undocumented`
   * says what to do with a status the operation does not list (faults may use any status).
   */
  checkResponse(
    method: string,
    template: string,
    status: number,
    body: unknown,
    undocumented: 'error' | 'ignore',
  ): string[] {
    const operation = this.operation(method, template);
    // Every endpoint answers 401, 403 (a missing permission, "You must authenticate via a GitHub App")
    // and 404 with a basic-error, documented or not.
    const generic = status === 401 || status === 403 || status === 404 ? BASIC_ERROR : undefined;
    const documented = operation.responses[String(status)] ?? operation.responses.default ?? generic;
    if (!documented) return undocumented === 'error' ? [`status ${status} is not documented`] : [];
    const response = resolveRef<Json>(documented);
    const jsonSchema = (response.content as Json | undefined)?.['application/json'] as Json | undefined;
    if (!jsonSchema?.schema) return [];
    const check = this.compile(`response ${method} ${template} ${status}`, jsonSchema.schema as Json);
    return check(body) ? [] : describe(check.errors, 'response');
  }

  private compile(key: string, schema: Json): ValidateFunction {
    let check = this.compiled.get(key);
    if (!check) {
      check = this.ajv.compile(toJsonSchema(schema) as Json);
      this.compiled.set(key, check);
    }
    return check;
  }
}

/** Query and path values arrive as strings; the schema decides what they should have been. */
function coerce(value: string, schema: Json): unknown {
  const type = resolveRef<Json>(schema).type;
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

function describe(errors: ErrorObject[] | null | undefined, subject: string): string[] {
  return (errors ?? [])
    .slice(0, 10)
    .map((error) => `${subject}${error.instancePath} ${error.message ?? 'is invalid'}`.trim());
}
