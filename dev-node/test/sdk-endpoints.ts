// The client REST API as the SDK itself describes it, read from @pexip/infinity-api's dist: every
// endpoint (path, method, body schema, per-status answer validators) and a fast-check arbitrary
// for each body schema. The fuzz test (fuzz.test.ts) drives the dev node with them.
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {runInNewContext} from 'node:vm';
import fc from 'fast-check';

type Validator = ((data: unknown) => boolean) & {errors?: unknown};

export interface SdkEndpoint {
  /** The SDK's function name, e.g. `callsWebrtcParticipant`. */
  readonly name: string;
  readonly method: string;
  /** Path segments after the host; `:conferenceAlias`, `:participantUuid`, `:callUuid`, `:mixName` are parameters. */
  readonly segments: readonly string[];
  /** The fixed query string the SDK adds, if any (`annotate=…`). */
  readonly query: readonly string[];
  readonly bodySchema: JsonSchema | undefined;
  readonly bodyValidator: Validator | undefined;
  /** Status → the SDK's validator of that answer. */
  readonly answers: ReadonlyMap<number, Validator>;
}

export interface JsonSchema {
  readonly type?: string | readonly string[];
  readonly enum?: readonly unknown[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
  readonly oneOf?: readonly JsonSchema[];
  readonly anyOf?: readonly JsonSchema[];
  readonly $ref?: string;
  readonly definitions?: Readonly<Record<string, JsonSchema>>;
}

const MODULES = ['token', 'conference', 'participant', 'call'] as const;
const require = createRequire(import.meta.url);
const distDir = path.dirname(require.resolve('@pexip/infinity-api/dist/index.js'));

/** The schema object literals that follow each `export const validateX = validateN;`. */
function schemasOf(source: string): Map<string, JsonSchema> {
  const schemas = new Map<string, JsonSchema>();
  const exported = /^export const (validate\w+) = validate\d+;\nconst schema\d+ = (\{[^\n]*\}|\{[\s\S]*?\n\});$/gm;
  for (const [, name, literal] of source.matchAll(exported)) {
    // The SDK's own generated file, read from node_modules: an object literal, nothing else.
    const root = runInNewContext(`(${literal})`) as JsonSchema;
    schemas.set(name!, root.definitions?.TopLevel ? {...root.definitions.TopLevel, definitions: root.definitions} : root);
  }
  return schemas;
}

/** Every endpoint function in one module's index.js. */
async function endpointsOf(module: (typeof MODULES)[number]): Promise<SdkEndpoint[]> {
  const source = readFileSync(path.join(distDir, module, 'index.js'), 'utf8');
  const validatorSource = readFileSync(path.join(distDir, module, 'validation.js'), 'utf8');
  const schemas = schemasOf(validatorSource);
  const validators = (await import(`@pexip/infinity-api/dist/${module}/validation.js`)) as Record<string, Validator>;
  return source
    .split(/^export async function /m)
    .slice(1)
    .flatMap((block): SdkEndpoint[] => {
      const name = /^\w+/.exec(block)![0];
      const url = /fetcher\(`\$\{host\}([^`]*)`/.exec(block)?.[1];
      const method = /method: '(\w+)'/.exec(block)?.[1];
      if (!url || !method) return [];
      const [pathPart, queryPart] = url.split('?') as [string, string | undefined];
      const segments = pathPart
        .split('/')
        .filter(Boolean)
        .map((segment) => segment.replace(/^\$\{encodeURIComponent\(params\.(\w+)\)\}$/, ':$1'));
      const bodyName = /if \(!(validate\w+Body)\(body\)\)/.exec(block)?.[1];
      const answers = new Map<number, Validator>();
      for (const [, status, validator] of block.matchAll(/res\.status === (\d+)\)[\s\S]*?(validate\w+?\1)\(data\)/g)) {
        if (validators[validator!]) answers.set(Number(status), validators[validator!]!);
      }
      return [
        {
          name,
          method: method.toUpperCase(),
          segments,
          query: queryPart ? queryPart.split('&').map((pair) => pair.replace(/\$\{[^}]*\}/g, 'true')) : [],
          bodySchema: bodyName ? schemas.get(bodyName) : undefined,
          bodyValidator: bodyName ? validators[bodyName] : undefined,
          answers,
        },
      ];
    });
}

export async function sdkEndpoints(): Promise<SdkEndpoint[]> {
  return (await Promise.all(MODULES.map(endpointsOf))).flat();
}

const anyJson = fc.jsonValue({maxDepth: 2});
/** Strings that broke or could break servers: names of Object.prototype, blanks, NUL, over-long. */
const trickyString = fc.constantFrom('__proto__', 'constructor', ' ', '\u0000', 'x'.repeat(300));

/** Values a schema accepts (enums, types, required and optional properties), from fast-check. */
export function arbitraryFor(schema: JsonSchema, root: JsonSchema = schema, depth = 0): fc.Arbitrary<unknown> {
  if (schema.$ref) {
    const target = root.definitions?.[schema.$ref.split('/').at(-1)!];
    return target && depth < 4 ? arbitraryFor(target, root, depth + 1) : anyJson;
  }
  const choices = schema.oneOf ?? schema.anyOf;
  if (choices) return fc.oneof(...choices.map((choice) => arbitraryFor(choice, root, depth + 1)));
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const type = typeof schema.type === 'object' ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      return fc.oneof({weight: 1, arbitrary: fc.string({maxLength: 40})}, {weight: 2, arbitrary: trickyString});
    case 'number':
      return fc.oneof(fc.double({noNaN: true}), fc.integer());
    case 'integer':
      return fc.integer();
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(schema.items && depth < 4 ? arbitraryFor(schema.items, root, depth + 1) : anyJson, {maxLength: 4});
    case 'object': {
      const required = new Set(schema.required ?? []);
      const properties = Object.entries(schema.properties ?? {}).filter(() => depth < 4);
      if (properties.length === 0) return fc.dictionary(fc.string({maxLength: 8}), anyJson, {maxKeys: 3});
      const shape = Object.fromEntries(properties.map(([key, value]) => [key, arbitraryFor(value, root, depth + 1)]));
      return fc.record(shape, {requiredKeys: properties.map(([key]) => key).filter((key) => required.has(key))});
    }
    default:
      return anyJson;
  }
}
