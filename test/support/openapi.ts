// GitHub's published REST description (@octokit/openapi, api.github.com.json) and a small validator
// for the JSON-schema subset it uses: $ref, type, nullable, enum, properties, required,
// additionalProperties, items, oneOf/anyOf/allOf, format (date-time, uri), and the length, size and
// range keywords. oneOf is checked as "at least one branch": GitHub's branches overlap (null matches
// every nullable branch), so "exactly one" would reject real responses.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Schema = { [key: string]: Json };

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: Schema;
}

export interface Operation {
  operationId: string;
  method: string;
  template: string;
  parameters: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema?: Schema; examples?: Record<string, Schema> }> }>;
}

interface Description {
  paths: Record<string, Record<string, Schema>>;
  components: Record<string, Record<string, Schema>>;
}

const require = createRequire(import.meta.url);
/** The description of api.github.com (not GHES, not GHEC), with $refs kept. */
export const descriptionPath = require.resolve('@octokit/openapi/generated/api.github.com.json');

let loaded: Description | null = null;
function description(): Description {
  loaded ??= JSON.parse(readFileSync(descriptionPath, 'utf8')) as Description;
  return loaded;
}

/** Follows `#/components/...` references until a value that is not one. */
export function deref<T = Schema>(value: Json | T): T {
  let current = value as Json;
  for (let depth = 0; current && typeof current === 'object' && !Array.isArray(current) && typeof current.$ref === 'string'; depth++) {
    if (depth > 20) throw new Error(`$ref loop at ${current.$ref}`);
    const path = current.$ref
      .replace(/^#\//, '')
      .split('/')
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
    current = path.reduce<Json>((node, key) => (node as { [key: string]: Json })[key], description() as unknown as Json);
  }
  return current as T;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

interface Route {
  pattern: RegExp;
  names: string[];
  literalSegments: number;
  operation: Operation;
}

let routes: Route[] | null = null;
function allRoutes(): Route[] {
  if (routes) return routes;
  routes = [];
  for (const [template, item] of Object.entries(description().paths)) {
    const names: string[] = [];
    const pattern = new RegExp(
      `^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{([^}]+)\\?\}/g, (_, name: string) => (names.push(name), '([^/]+)'))}$`,
    );
    const literalSegments = template.split('/').filter((segment) => segment && !segment.startsWith('{')).length;
    const shared = ((item.parameters as unknown as Json[] | undefined) ?? []).map((parameter) => deref<Parameter>(parameter));
    for (const method of METHODS) {
      const raw = item[method] as Schema | undefined;
      if (!raw) continue;
      const parameters = [...shared, ...((raw.parameters as Json[] | undefined) ?? []).map((parameter) => deref<Parameter>(parameter))];
      routes.push({
        pattern,
        names,
        literalSegments,
        operation: {
          operationId: raw.operationId as string,
          method: method.toUpperCase(),
          template,
          parameters,
          requestBody: raw.requestBody ? deref<NonNullable<Operation['requestBody']>>(raw.requestBody) : undefined,
          responses: raw.responses as unknown as Operation['responses'],
        },
      });
    }
  }
  return routes;
}

export interface Match {
  operation: Operation;
  pathParams: Record<string, string>;
}

/** The operation for a method and path; the most specific template when several match. */
export function findOperation(method: string, pathname: string): Match | null {
  let best: { route: Route; values: string[] } | null = null;
  for (const route of allRoutes()) {
    if (route.operation.method !== method.toUpperCase()) continue;
    const match = route.pattern.exec(pathname);
    if (match && (!best || route.literalSegments > best.route.literalSegments)) best = { route, values: match.slice(1) };
  }
  if (!best) return null;
  const { route, values } = best;
  return { operation: route.operation, pathParams: Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(values[i])])) };
}

/** A response's schema and its first example, for an operation and status. */
export function responseOf(operation: Operation, status: number): { schema: Schema | null; example: Json | null } {
  const response = deref(operation.responses[String(status)] as unknown as Schema) as unknown as Operation['responses'][string] | undefined;
  const content = response?.content?.['application/json'];
  const example = content?.examples ? (deref(Object.values(content.examples)[0]).value ?? null) : null;
  return { schema: content?.schema ? deref(content.schema) : null, example: structuredClone(example) };
}

/** A named example from components/examples, e.g. "issue-comment". */
export function componentExample<T>(name: string): T {
  return structuredClone(deref(description().components.examples[name]).value) as T;
}

export interface ValidateOptions {
  /**
   * Treat properties the schema does not name as errors even where additionalProperties is unset.
   * For requests: GitHub ignores unknown fields, so a misspelt one would fail silently there.
   */
  strictProperties?: boolean;
}

const typeOf = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value);

function matchesType(type: string, value: unknown): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Every way `value` breaks `schema`, each as "where: what"; empty when it validates. */
export function validate(schemaOrRef: Json | Schema, value: unknown, where = '$', options: ValidateOptions = {}): string[] {
  const schema = deref(schemaOrRef as Json) as Schema;
  if (value === null && (schema.nullable === true || (Array.isArray(schema.type) && schema.type.includes('null')))) return [];
  const errors: string[] = [];
  if (schema.allOf) for (const part of schema.allOf as Json[]) errors.push(...validate(part, value, where, options));
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const branches = schema[keyword] as Json[] | undefined;
    if (!branches) continue;
    const failures = branches.map((branch) => validate(branch, value, where, options));
    if (!failures.some((failure) => failure.length === 0))
      errors.push(`${where}: matches no branch of ${keyword} (${failures.map((failure) => failure[0]).join('; ')})`);
  }
  if (schema.type !== undefined) {
    const types = (Array.isArray(schema.type) ? schema.type : [schema.type]) as string[];
    if (!types.some((type) => matchesType(type, value)))
      return [...errors, `${where}: expected ${types.join(' or ')}${schema.nullable ? ' or null' : ''}, got ${typeOf(value)}`];
  }
  if (schema.enum && !(schema.enum as Json[]).some((allowed) => allowed === value))
    errors.push(`${where}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) errors.push(`${where}: shorter than ${schema.minLength}`);
    if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) errors.push(`${where}: longer than ${schema.maxLength}`);
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) errors.push(`${where}: does not match ${schema.pattern}`);
    if (schema.format === 'date-time' && !DATE_TIME.test(value)) errors.push(`${where}: not a date-time: ${value}`);
    if (schema.format === 'uri' && !URL.canParse(value)) errors.push(`${where}: not a URI: ${value}`);
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) errors.push(`${where}: below ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) errors.push(`${where}: above ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) errors.push(`${where}: fewer than ${schema.minItems} items`);
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) errors.push(`${where}: more than ${schema.maxItems} items`);
    if (schema.items) value.forEach((item, i) => errors.push(...validate(schema.items as Json, item, `${where}[${i}]`, options)));
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Json>;
    for (const name of (schema.required ?? []) as string[]) if (!(name in object)) errors.push(`${where}: missing required property '${name}'`);
    for (const [name, item] of Object.entries(object)) {
      if (name in properties) errors.push(...validate(properties[name], item, `${where}.${name}`, options));
      else if (schema.additionalProperties === false || (options.strictProperties && schema.properties && schema.additionalProperties === undefined))
        errors.push(`${where}: unknown property '${name}'`);
      else if (schema.additionalProperties && typeof schema.additionalProperties === 'object')
        errors.push(...validate(schema.additionalProperties, item, `${where}.${name}`, options));
    }
  }
  return errors;
}

/** A parameter's text as the type its schema names; undefined when it cannot be that type. */
export function coerceParameter(schema: Schema, text: string): unknown {
  const resolved = deref(schema);
  switch (resolved.type) {
    case 'integer':
      return /^-?\d+$/.test(text) ? Number(text) : undefined;
    case 'number':
      return text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : undefined;
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : undefined;
    case 'array':
      return text.split(',');
    default:
      return text;
  }
}
