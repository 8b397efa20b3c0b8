// Small composable decoders: each validates unknown JSON, rebuilds it with keys in a fixed order, and
// describes itself as JSON Schema, so the validator and public/schema/scenario.schema.json never drift.

/** A JSON Schema fragment. */
export type JsonSchema = Record<string, unknown>;

/** Raised by a decoder; `path` is a JSON Pointer-like location such as `/accounts/0/users/2/name`. */
export class DecodeError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path || '/'}: ${problem}`);
  }
}

/** Validates and rebuilds a value of type T; `schema` describes what it accepts. */
export interface Decoder<T> {
  decode(value: unknown, path: string): T;
  schema: JsonSchema;
  /** Used by `obj` when the field is absent; undefined means the field is required. */
  fallback?: () => T;
}

const describe = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'an array' : `a ${typeof v}`);

/** A string, optionally constrained by a pattern and length. */
export function str(rules: { pattern?: RegExp; minLength?: number; maxLength?: number } = {}): Decoder<string> {
  const schema: JsonSchema = { type: 'string' };
  if (rules.pattern) schema.pattern = rules.pattern.source;
  if (rules.minLength !== undefined) schema.minLength = rules.minLength;
  if (rules.maxLength !== undefined) schema.maxLength = rules.maxLength;
  return {
    schema,
    decode(v, path) {
      if (typeof v !== 'string') throw new DecodeError(path, `expected a string, found ${describe(v)}`);
      if (rules.minLength !== undefined && v.length < rules.minLength)
        throw new DecodeError(path, `must have at least ${rules.minLength} characters`);
      if (rules.maxLength !== undefined && v.length > rules.maxLength)
        throw new DecodeError(path, `must have at most ${rules.maxLength} characters`);
      if (rules.pattern && !rules.pattern.test(v))
        throw new DecodeError(path, `"${v}" does not match ${rules.pattern.source}`);
      return v;
    },
  };
}

/** A number, optionally an integer within bounds. */
export function num(rules: { integer?: boolean; minimum?: number; maximum?: number } = {}): Decoder<number> {
  const schema: JsonSchema = { type: rules.integer ? 'integer' : 'number' };
  if (rules.minimum !== undefined) schema.minimum = rules.minimum;
  if (rules.maximum !== undefined) schema.maximum = rules.maximum;
  return {
    schema,
    decode(v, path) {
      if (typeof v !== 'number' || !Number.isFinite(v))
        throw new DecodeError(path, `expected a number, found ${describe(v)}`);
      if (rules.integer && !Number.isInteger(v)) throw new DecodeError(path, 'expected an integer');
      if (rules.minimum !== undefined && v < rules.minimum)
        throw new DecodeError(path, `must be at least ${rules.minimum}`);
      if (rules.maximum !== undefined && v > rules.maximum)
        throw new DecodeError(path, `must be at most ${rules.maximum}`);
      return v;
    },
  };
}

/** A boolean. */
export const bool: Decoder<boolean> = {
  schema: { type: 'boolean' },
  decode(v, path) {
    if (typeof v !== 'boolean') throw new DecodeError(path, `expected a boolean, found ${describe(v)}`);
    return v;
  },
};

/** One of a fixed set of strings (or numbers). */
export function oneOf<const T extends string | number>(...values: T[]): Decoder<T> {
  return {
    schema: values.length === 1 ? { const: values[0] } : { enum: values },
    decode(v, path) {
      if (!values.includes(v as T))
        throw new DecodeError(path, `expected ${values.map((x) => JSON.stringify(x)).join(' or ')}`);
      return v as T;
    },
  };
}

/** The inner decoder's values, or null. */
export function nullable<T>(inner: Decoder<T>): Decoder<T | null> {
  return {
    schema: { anyOf: [inner.schema, { type: 'null' }] },
    decode: (v, path) => (v === null ? null : inner.decode(v, path)),
  };
}

/** A field that may be absent from the document: then `fallback()` is used. */
export function optional<T>(inner: Decoder<T>, fallback: () => T): Decoder<T> {
  return { ...inner, fallback };
}

/** An array whose items all decode with `item`. */
export function arr<T>(item: Decoder<T>, rules: { maxItems?: number } = {}): Decoder<T[]> {
  const schema: JsonSchema = { type: 'array', items: item.schema };
  if (rules.maxItems !== undefined) schema.maxItems = rules.maxItems;
  return {
    schema,
    decode(v, path) {
      if (!Array.isArray(v)) throw new DecodeError(path, `expected an array, found ${describe(v)}`);
      if (rules.maxItems !== undefined && v.length > rules.maxItems)
        throw new DecodeError(path, `must have at most ${rules.maxItems} items`);
      return v.map((x, i) => item.decode(x, `${path}/${i}`));
    },
  };
}

/** An object with string keys and values decoded by `value`. */
export function record<T>(value: Decoder<T>): Decoder<Record<string, T>> {
  return {
    schema: { type: 'object', additionalProperties: value.schema },
    decode(v, path) {
      if (typeof v !== 'object' || v === null || Array.isArray(v))
        throw new DecodeError(path, `expected an object, found ${describe(v)}`);
      const out: Record<string, T> = {};
      for (const key of Object.keys(v).sort())
        out[key] = value.decode((v as Record<string, unknown>)[key], `${path}/${key}`);
      return out;
    },
  };
}

type Fields<T> = { [K in keyof T]: Decoder<T[K]> };

/** An object with exactly these fields, rebuilt in this key order; unknown fields are refused. */
export function obj<T>(fields: Fields<T>): Decoder<T> {
  const keys = Object.keys(fields) as (keyof T & string)[];
  const properties: Record<string, JsonSchema> = {};
  for (const k of keys) properties[k] = fields[k].schema;
  return {
    schema: {
      type: 'object',
      properties,
      required: keys.filter((k) => !fields[k].fallback),
      additionalProperties: false,
    },
    decode(v, path) {
      if (typeof v !== 'object' || v === null || Array.isArray(v))
        throw new DecodeError(path, `expected an object, found ${describe(v)}`);
      const input = v as Record<string, unknown>;
      for (const k of Object.keys(input))
        if (!(k in fields)) throw new DecodeError(`${path}/${k}`, 'is not a known field');
      const out = {} as T;
      for (const k of keys) {
        const d = fields[k];
        if (input[k] === undefined) {
          if (!d.fallback) throw new DecodeError(`${path}/${k}`, 'is required');
          out[k] = d.fallback();
        } else out[k] = d.decode(input[k], `${path}/${k}`);
      }
      return out;
    },
  };
}

/** A union of object decoders told apart by the string field `tag`. */
export function tagged<T>(tag: string, variants: Record<string, Decoder<T>>): Decoder<T> {
  return {
    schema: { oneOf: Object.values(variants).map((d) => d.schema) },
    decode(v, path) {
      const t = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[tag] : undefined;
      const d = typeof t === 'string' ? variants[t] : undefined;
      if (!d) throw new DecodeError(`${path}/${tag}`, `expected one of ${Object.keys(variants).join(', ')}`);
      return d.decode(v, path);
    },
  };
}

/** A decoder defined later (for recursive types); its schema is a `$ref` to `definition`. */
export function lazy<T>(get: () => Decoder<T>, definition: string): Decoder<T> {
  return { schema: { $ref: `#/$defs/${definition}` }, decode: (v, path) => get().decode(v, path) };
}
