/**
 * Operations derived from the schema itself: every query and mutation field, a document that calls
 * it with one variable per argument and selects its scalar fields, and a fast-check generator of
 * variables of the right shape filled with hostile values. A new operation is fuzzed without
 * anyone having to remember it.
 */
import fc from 'fast-check';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isRequiredArgument,
  isUnionType,
} from 'graphql';

export interface Operation {
  /** e.g. "Mutation.createOrganisation" */
  name: string;
  kind: 'query' | 'mutation';
  field: string;
  args: readonly GraphQLArgument[];
  document: string;
}

/** Every root field of the schema, as an operation that passes each argument as a variable. */
export function operationsOf(schema: GraphQLSchema): Operation[] {
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const;
  const out: Operation[] = [];
  for (const [kind, root] of roots) {
    if (!root) continue;
    for (const field of Object.values(root.getFields()) as GraphQLField<unknown, unknown>[]) {
      const vars = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
      const call = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const document = `${kind} Fuzz${vars ? `(${vars})` : ''} { ${field.name}${call ? `(${call})` : ''}${selectionOf(field.type)} }`;
      out.push({
        name: `${root.name}.${field.name}`,
        kind,
        field: field.name,
        args: field.args,
        document,
      });
    }
  }
  return out;
}

/** The scalar fields of a type (and of its nested objects, one level down), or nothing for a leaf. */
export function selectionOf(type: GraphQLOutputType, depth = 2): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (isUnionType(named)) return ' { __typename }';
  if (!isObjectType(named) && !isInterfaceType(named)) return '';
  const parts = ['__typename'];
  for (const f of Object.values(named.getFields()) as GraphQLField<unknown, unknown>[]) {
    if (f.args.some(isRequiredArgument)) continue;
    const inner = getNamedType(f.type);
    if (isLeafType(inner)) parts.push(f.name);
    else if (depth > 1 && !isUnionType(inner))
      parts.push(`${f.name}${selectionOf(f.type, depth - 1)}`);
  }
  return ` { ${parts.join(' ')} }`;
}

/** Strings meant to break something: injection, control characters, huge, odd unicode. */
export const HOSTILE_STRINGS = [
  "'; MATCH (n) DETACH DELETE n //",
  '") RETURN 1 UNION MATCH (n) RETURN n //',
  "' OR 1=1 --",
  '}) MERGE (x:Pwned) //',
  '$' + '{jndi:ldap://127.0.0.1/x}',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '\u0000\u0007\u001b[2J',
  '\uD800',
  'Sürya 😀 \u202e gnp.exe',
  '+-&&||!(){}[]^"~*?:\\/',
  '*',
  '*:*',
  'lastName:*',
  'email:* OR firstName:*',
  'a~2',
  '"unterminated',
  '../../../../etc/passwd',
  '%00%27%22',
  'NaN',
  '-1',
  '9'.repeat(40),
  'a'.repeat(300),
  'x'.repeat(20_000),
  '',
  '   ',
  '\n\t\r',
];

/** Values of the right shape that pass validation, so fuzzing reaches the database too. */
const PLAUSIBLE_STRINGS = [
  'Fuzz plausible',
  'fuzz@example.org',
  '+32 2 555 01 23',
  'https://fuzz.example.be',
  'nl',
  'Dienst Fuzz',
  'Een geldige reden om te wissen',
];

export interface Pools {
  /** Ids the fuzz may change or delete (created for the fuzz): for mutations' `id` arguments. */
  owned: string[];
  /** Ids of the demo network, only ever referenced (never the target of a change). */
  referenced: string[];
  /** Codes of barriers, forms, sectors, indicators. */
  codes: string[];
  /** E-mail addresses of accounts. */
  emails: string[];
}

const hostileString = () =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 2, arbitrary: fc.constantFrom(...PLAUSIBLE_STRINGS) },
  );

const anyJson = () =>
  fc.oneof(
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant({}),
    fc.constant([]),
    fc.constantFrom(...HOSTILE_STRINGS),
  );

/** A generator for a value of `type`; `path` names the argument or input field (for id pools). */
export function generatorOf(
  type: GraphQLInputType,
  pools: Pools,
  path: { operation: Operation; name: string },
): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    return fc.oneof(
      { weight: 30, arbitrary: generatorOf(type.ofType, pools, path) },
      { weight: 1, arbitrary: fc.constant(null) },
    );
  }
  // Now and then a value of a wrong type altogether: the client's error, never an internal one.
  const wrong = { weight: 1, arbitrary: anyJson() };
  if (isListType(type)) {
    const item = generatorOf(type.ofType, pools, path);
    return fc.oneof(
      { weight: 12, arbitrary: fc.array(item, { maxLength: 4 }) },
      { weight: 2, arbitrary: item },
      wrong,
    );
  }
  if (isEnumType(type)) {
    return fc.oneof(
      { weight: 12, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.name)) },
      { weight: 1, arbitrary: hostileString() },
    );
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const model = Object.fromEntries(
      fields.map((f) => [f.name, generatorOf(f.type, pools, { ...path, name: f.name })]),
    );
    const required = fields.filter((f) => isNonNullType(f.type)).map((f) => f.name);
    return fc.oneof({ weight: 12, arbitrary: fc.record(model, { requiredKeys: required }) }, wrong);
  }
  const named = getNamedType(type);
  switch (named.name) {
    case 'ID':
      return idOf(pools, path);
    case 'Int':
      return fc.oneof(
        { weight: 6, arbitrary: fc.integer({ min: -5, max: 200 }) },
        {
          weight: 2,
          arbitrary: fc.constantFrom(0, 1, 2, 2_147_483_647, -2_147_483_648, 1_000_000),
        },
        { weight: 1, arbitrary: fc.constantFrom(2 ** 31, 1.5, Number.MAX_SAFE_INTEGER) },
        wrong,
      );
    case 'Float':
      return fc.oneof(fc.double({ noNaN: true }), wrong);
    case 'Boolean':
      return fc.oneof({ weight: 10, arbitrary: fc.boolean() }, wrong);
    case 'Date':
      return fc.oneof(
        {
          weight: 4,
          arbitrary: fc.constantFrom('2024-01-31', '2020-02-29', '1999-12-31', '2099-01-01'),
        },
        {
          weight: 2,
          arbitrary: fc.constantFrom(
            '2024-02-30',
            '2024-13-01',
            '0000-00-00',
            '31-01-2024',
            '2024-1-1',
          ),
        },
        // Well-formed but maybe impossible (31 February, 29 February of a common year).
        { weight: 3, arbitrary: calendarLike() },
        { weight: 2, arbitrary: hostileString() },
      );
    case 'DateTime':
      return fc.oneof(
        {
          weight: 4,
          arbitrary: fc.constantFrom('2024-01-31T10:00:00Z', '2000-01-01T00:00:00.000Z'),
        },
        { weight: 2, arbitrary: fc.constantFrom('2024-02-30T99:00:00Z', 'yesterday', '1e309') },
        { weight: 2, arbitrary: calendarLike().map((d) => `${d}T10:00:00Z`) },
        { weight: 2, arbitrary: hostileString() },
      );
    default:
      return stringOf(pools, path);
  }
}

/** YYYY-MM-DD with a day near the end of the month: as often impossible as real. */
export function calendarLike(): fc.Arbitrary<string> {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return fc
    .tuple(
      fc.constantFrom(1900, 2000, 2020, 2021, 2023, 2024, 2100),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 28, max: 31 }),
    )
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
}

function idOf(pools: Pools, path: { operation: Operation; name: string }): fc.Arbitrary<unknown> {
  // A mutation's own `id` is the record it changes (or deletes): only ever one made for the fuzz.
  // So are the regions a merger changes (the merged ones and their successor).
  const target =
    path.operation.kind === 'mutation' && ['id', 'formerIds', 'into'].includes(path.name);
  const known = target ? pools.owned : [...pools.owned, ...pools.referenced];
  return fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...known) },
    { weight: 3, arbitrary: hostileString() },
    { weight: 1, arbitrary: fc.integer() },
  );
}

function stringOf(
  pools: Pools,
  path: { operation: Operation; name: string },
): fc.Arbitrary<unknown> {
  const name = path.name.toLowerCase();
  if (/barrier|code|form|sector|indicator/.test(name)) {
    return fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...pools.codes) },
      { weight: 2, arbitrary: hostileString() },
    );
  }
  if (name === 'email') {
    return fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom(...pools.emails) },
      { weight: 3, arbitrary: hostileString() },
    );
  }
  return fc.oneof({ weight: 12, arbitrary: hostileString() }, { weight: 1, arbitrary: anyJson() });
}

/** A generator of the variables of `operation`: every argument, sometimes left out when optional. */
export function variablesOf(
  operation: Operation,
  pools: Pools,
): fc.Arbitrary<Record<string, unknown>> {
  const model = Object.fromEntries(
    operation.args.map((a) => [a.name, generatorOf(a.type, pools, { operation, name: a.name })]),
  );
  return fc.record(model, {
    requiredKeys: operation.args.filter(isRequiredArgument).map((a) => a.name),
  });
}

/** One step of a cycle: `field` of `from` leads to objects of `to` (a list when `list`). */
export interface CycleStep {
  from: string;
  field: string;
  to: string;
  list: boolean;
  /** The field's type is a union or interface: the step needs `... on to`. */
  abstract: boolean;
}

/**
 * Every elementary cycle among the schema's object types (networks ↔ members, counterparts,
 * roles → organisation → roles, …), found by walking the fields: a field of an abstract type leads
 * to each of its possible types. Each cycle once, starting at its alphabetically first type.
 */
export function cyclesOf(schema: GraphQLSchema, maxLength = 12): CycleStep[][] {
  const roots = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name]);
  const objects = Object.values(schema.getTypeMap())
    .filter((t) => isObjectType(t) && !t.name.startsWith('__') && !roots.has(t.name))
    .map((t) => t.name)
    .sort();
  const steps = new Map(objects.map((name) => [name, stepsFrom(schema, name)]));
  const cycles: CycleStep[][] = [];
  for (const start of objects) {
    const path: CycleStep[] = [];
    const onPath = new Set([start]);
    const walk = (at: string) => {
      for (const step of steps.get(at) ?? []) {
        if (step.to === start) cycles.push([...path, step]);
        else if (step.to > start && !onPath.has(step.to) && path.length + 1 < maxLength) {
          onPath.add(step.to);
          path.push(step);
          walk(step.to);
          path.pop();
          onPath.delete(step.to);
        }
      }
    };
    walk(start);
  }
  return cycles;
}

function stepsFrom(schema: GraphQLSchema, typeName: string): CycleStep[] {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) return [];
  return Object.values(type.getFields()).flatMap((field): CycleStep[] => {
    if (field.args.some(isRequiredArgument)) return [];
    const named = getNamedType(field.type);
    const list = isListType(isNonNullType(field.type) ? field.type.ofType : field.type);
    if (isObjectType(named))
      return [{ from: typeName, field: field.name, to: named.name, list, abstract: false }];
    if (isUnionType(named) || isInterfaceType(named))
      return schema.getPossibleTypes(named).map((p) => ({
        from: typeName,
        field: field.name,
        to: p.name,
        list,
        abstract: true,
      }));
    return [];
  });
}

/**
 * A query that reaches the cycle from a root field and goes round it until the query is `depth`
 * levels deep (graphql-armor's count: every field and inline fragment is a level), e.g.
 * `{ organisation(id: "x") { networks { members { networks { … { id } } } } } }`.
 */
export function cycleQuery(schema: GraphQLSchema, cycle: CycleStep[], depth: number): string {
  const entry = entryOf(schema, cycle);
  if (!entry) throw new Error(`no root field reaches ${cycle[0]?.from}`);
  const { root, rotation } = entry;
  const opening: string[] = [root.text];
  let level = root.levels;
  const leafOf = (typeName: string) => {
    const type = schema.getType(typeName);
    return isObjectType(type) && type.getFields().id ? 'id' : '__typename';
  };
  let at = rotation[0]!.from;
  // Room for the next step and its leaf.
  for (let i = 0; ; i++) {
    const step = rotation[i % rotation.length]!;
    const levels = step.abstract ? 2 : 1;
    if (level + levels + 1 > depth) break;
    opening.push(step.abstract ? `${step.field} { ... on ${step.to} {` : `${step.field} {`);
    level += levels;
    at = step.to;
  }
  const text = `${opening.join(' ')} ${leafOf(at)}`;
  const open = (text.match(/{/g) ?? []).length;
  return `{ ${text}${' }'.repeat(open)} }`;
}

/** The shortest way in from a root query field, and the cycle turned to start where it enters. */
function entryOf(
  schema: GraphQLSchema,
  cycle: CycleStep[],
): { root: { text: string; levels: number }; rotation: CycleStep[] } | null {
  const query = schema.getQueryType();
  if (!query) return null;
  let best: { root: { text: string; levels: number }; rotation: CycleStep[] } | null = null;
  for (const field of Object.values(query.getFields())) {
    const named = getNamedType(field.type);
    const targets =
      isUnionType(named) || isInterfaceType(named)
        ? schema.getPossibleTypes(named)
        : isObjectType(named)
          ? [named]
          : [];
    for (const target of targets) {
      const index = cycle.findIndex((s) => s.from === target.name);
      if (index < 0) continue;
      const abstract = target !== named;
      const call = `${field.name}${argumentsText(field.args)} {${abstract ? ` ... on ${target.name} {` : ''}`;
      const levels = abstract ? 2 : 1;
      if (!best || levels < best.root.levels)
        best = {
          root: { text: call, levels },
          rotation: [...cycle.slice(index), ...cycle.slice(0, index)],
        };
    }
  }
  return best;
}

/** Literal values for the required arguments (the query is refused before they matter). */
function argumentsText(args: readonly GraphQLArgument[]): string {
  const parts = args.filter(isRequiredArgument).map((a) => `${a.name}: ${literalOf(a.type)}`);
  return parts.length ? `(${parts.join(', ')})` : '';
}

function literalOf(type: GraphQLInputType): string {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return '[]';
  if (isEnumType(inner)) return inner.getValues()[0]?.name ?? '""';
  if (isInputObjectType(inner)) {
    const required = Object.values(inner.getFields()).filter((f) => isNonNullType(f.type));
    return `{ ${required.map((f) => `${f.name}: ${literalOf(f.type)}`).join(', ')} }`;
  }
  if (inner.name === 'Int' || inner.name === 'Float') return '1';
  if (inner.name === 'Boolean') return 'false';
  return '"x"';
}
