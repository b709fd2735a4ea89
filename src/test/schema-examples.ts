import fc from 'fast-check';

/** The part of JSON Schema the OpenAPI document uses (zod 4 through fastify-type-provider-zod). */
export interface JsonSchema {
  type?: 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array';
  nullable?: boolean;
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  anyOf?: JsonSchema[];
  default?: unknown;
}

/**
 * Values the schema cannot say are right, by property name: ids that exist, a video link for a
 * location, a real time zone, dates in the past for things that happened.
 */
export type Hints = Record<string, unknown>;

const DAY = 86_400_000;
/** Texts differ across calls, so names meant to be unique (sites, cohorts) do not collide. */
let texts = 0;

/** A valid value for `schema`. Dates come out in the future and rising, so "closes after it opens" rules hold. */
export function exampleOf(schema: JsonSchema, hints: Hints, seed = 1): unknown {
  let dates = 0;
  const nextDate = () => new Date(Date.now() + (400 + 30 * dates++) * DAY).toISOString().slice(0, 10);
  const walk = (s: JsonSchema, name: string | undefined): unknown => {
    if (name !== undefined && name in hints) return hints[name];
    if (s.anyOf) return walk(s.anyOf[0]!, name);
    if (s.enum) return s.default ?? s.enum[0];
    switch (s.type) {
      case 'object': {
        const properties = Object.entries(s.properties ?? {});
        return Object.fromEntries(properties.map(([key, p]) => [key, walk(p, key)]));
      }
      case 'array': {
        const count = s.minItems ?? 0;
        return Array.from({ length: count }, () => walk(s.items ?? {}, undefined));
      }
      case 'integer':
      case 'number': {
        if (typeof s.default === 'number') return s.default;
        const min = s.minimum ?? 1;
        const max = s.maximum ?? min + 10;
        return s.type === 'integer' ? Math.ceil((min + max) / 2) : (min + max) / 2;
      }
      case 'boolean':
        return s.default ?? false;
      case 'string': {
        texts += 1;
        if (s.format === 'date') return nextDate();
        if (s.format === 'date-time') return `${nextDate()}T09:00:00Z`;
        if (s.format === 'uuid') return crypto.randomUUID();
        if (s.format === 'email') return `fuzz-${texts}@example.test`;
        if (s.format === 'uri') return 'https://example.test/fuzz';
        if (s.pattern)
          return fc.sample(fc.stringMatching(new RegExp(s.pattern)), { seed: seed + texts, numRuns: 1 })[0];
        const text = `Fuzz ${name ?? 'text'} ${texts}`.padEnd(s.minLength ?? 0, 'x');
        return text.slice(0, s.maxLength ?? text.length);
      }
      default:
        return s.default ?? null;
    }
  };
  return walk(schema, undefined);
}

/** One bad input, labelled; `value` replaces the valid value at its place. */
export interface Mutant {
  label: string;
  value: unknown;
}

const nested = (value: unknown, depth: number): unknown => (depth === 0 ? value : [nested(value, depth - 1)]);
/** An object with an own `__proto__` or `constructor` key, as JSON.parse would make it (not a prototype change). */
const withOwnKey = (object: object, key: string, value: unknown) =>
  Object.defineProperty({ ...object }, key, { value, enumerable: true, configurable: true, writable: true });
const POLLUTION = { polluted: 'yes', isAdmin: true };

const TEXTS: Mutant[] = [
  { label: 'NUL byte', value: 'before\u0000after' },
  { label: 'emoji', value: '🙂👩🏽‍⚕️🏳️‍🌈' },
  { label: 'lone surrogate', value: 'broken \ud800 pair' },
  { label: 'right-to-left and zero-width', value: 'a\u202Eb\u200Bc\uFEFF' },
  { label: 'markup', value: '<script>alert(1)</script>' },
  { label: 'SQL', value: "'; DROP TABLE persons; --" },
  { label: 'whitespace only', value: ' \t\n ' },
  { label: 'empty', value: '' },
];

function stringMutants(s: JsonSchema): Mutant[] {
  const out = [...TEXTS, { label: 'huge string', value: 'x'.repeat(200_000) }];
  if (s.maxLength !== undefined) {
    out.push({ label: 'one too long', value: 'x'.repeat(s.maxLength + 1) });
    out.push({ label: 'too long in emoji', value: '🙂'.repeat(s.maxLength) });
  }
  if (s.enum)
    out.push(
      { label: 'not an option', value: 'not_an_option' },
      { label: 'option in capitals', value: String(s.enum[0]).toUpperCase() },
    );
  switch (s.format) {
    case 'uuid':
      out.push(
        { label: 'malformed uuid', value: 'not-a-uuid' },
        { label: 'unknown uuid', value: crypto.randomUUID() },
        { label: 'nil uuid', value: '00000000-0000-0000-0000-000000000000' },
        { label: 'max uuid', value: 'ffffffff-ffff-ffff-ffff-ffffffffffff' },
      );
      break;
    case 'date':
      out.push(
        { label: '30 February', value: '2027-02-30' },
        { label: 'year 0', value: '0000-01-01' },
        { label: 'year 9999', value: '9999-12-31' },
        { label: 'date with time', value: '2027-03-01T00:00:00Z' },
      );
      break;
    case 'date-time':
      out.push(
        { label: 'hour 24', value: '2027-03-01T24:00:00Z' },
        { label: 'year 0', value: '0000-01-01T00:00:00Z' },
        { label: 'year 9999', value: '9999-12-31T23:59:59+14:00' },
        { label: 'no offset', value: '2027-03-01T09:00:00' },
      );
      break;
    case 'email':
      out.push(
        { label: 'no @', value: 'nobody.example.test' },
        { label: 'too long e-mail', value: `${'x'.repeat(250)}@example.test` },
      );
      break;
    case 'uri':
      out.push({ label: 'not a URL', value: 'not a url' }, { label: 'javascript: URL', value: 'javascript:alert(1)' });
      break;
  }
  return out;
}

function numberMutants(s: JsonSchema): Mutant[] {
  const out: Mutant[] = [
    { label: 'huge', value: 1e308 },
    { label: 'huge negative', value: -1e308 },
    { label: 'beyond safe integers', value: 2 ** 53 + 2 },
    { label: 'number as text', value: '3' },
  ];
  if (s.type === 'integer') out.push({ label: 'fraction', value: 1.5 });
  if (s.minimum !== undefined) out.push({ label: 'below minimum', value: s.minimum - 1 });
  if (s.maximum !== undefined) out.push({ label: 'above maximum', value: s.maximum + 1 });
  return out;
}

/** Bad values for one place in the input, each labelled; the caller puts them where the valid value was. */
export function mutantsOf(schema: JsonSchema, valid: unknown, hints: Hints): Mutant[] {
  const s = schema.anyOf?.[0] ?? schema;
  const out: Mutant[] = [
    { label: 'wrapped in an object', value: { value: valid } },
    { label: 'nested 2000 deep', value: nested(valid, 2000) },
  ];
  if (!schema.nullable) out.push({ label: 'null', value: null });
  if (s.type !== 'string') out.push({ label: 'text instead', value: 'text' });
  if (s.type !== 'number' && s.type !== 'integer') out.push({ label: 'number instead', value: 42 });
  if (s.type !== 'boolean') out.push({ label: 'boolean instead', value: true });
  if (s.type !== 'array') out.push({ label: 'array instead', value: [valid] });
  if (s.type !== 'object') out.push({ label: 'object instead', value: {} });

  switch (s.type) {
    case 'string':
      return [...out, ...stringMutants(s)];
    case 'integer':
    case 'number':
      return [...out, ...numberMutants(s)];
    case 'boolean':
      return [...out, { label: 'boolean as text', value: 'true' }, { label: 'boolean as 1', value: 1 }];
    case 'array': {
      const items = Array.isArray(valid) ? valid : [];
      const item = items[0] ?? exampleOf(s.items ?? {}, hints);
      out.push({ label: '100 000 items', value: Array.from({ length: 100_000 }, () => item) });
      if (s.maxItems !== undefined)
        out.push({ label: 'one item too many', value: Array.from({ length: s.maxItems + 1 }, () => item) });
      if (s.minItems) out.push({ label: 'too few items', value: items.slice(0, s.minItems - 1) });
      for (const m of mutantsOf(s.items ?? {}, item, hints))
        out.push({ label: `[0] ${m.label}`, value: [m.value, ...items.slice(1)] });
      return out;
    }
    case 'object': {
      const object = (valid ?? {}) as Record<string, unknown>;
      out.push(
        { label: 'own __proto__ key', value: withOwnKey(object, '__proto__', POLLUTION) },
        { label: 'own constructor key', value: withOwnKey(object, 'constructor', { prototype: POLLUTION }) },
        { label: 'unknown property', value: { ...object, unexpected: { deeply: ['nested'] } } },
      );
      if (s.additionalProperties && typeof s.additionalProperties === 'object') {
        const entry = exampleOf(s.additionalProperties, hints);
        out.push({
          label: 'a 100 000 keys',
          value: Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, entry])),
        });
        for (const m of mutantsOf(s.additionalProperties, entry, hints))
          out.push({ label: `[key] ${m.label}`, value: { ...object, key: m.value } });
      }
      for (const [key, p] of Object.entries(s.properties ?? {})) {
        const required = s.required?.includes(key) ?? false;
        out.push({ label: `${key} missing${required ? '' : ' (optional)'}`, value: without(object, key) });
        for (const m of mutantsOf(p, object[key], hints))
          out.push({ label: `${key}: ${m.label}`, value: { ...object, [key]: m.value } });
      }
      return out;
    }
    default:
      return out;
  }
}

function without(object: Record<string, unknown>, key: string) {
  const copy = { ...object };
  delete copy[key];
  return copy;
}
