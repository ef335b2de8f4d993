/**
 * What a GraphQL operation will cost, computed from the schema and the document before it runs.
 *
 * The cost estimates the values the answer holds: every field counts once per object it is asked
 * on, and a list field multiplies what is selected inside it by its size (list-sizes.ts: the
 * `first`/`limit` argument where it has one, else a documented estimate). So nested lists multiply,
 * as they do in memory, in time and in the response. A field that does heavy work of its own (a
 * whoToCall, an export) adds its weight. Where the answer's type is abstract (a union, an
 * interface), the most expensive possible type counts, not the sum of the fragments.
 *
 * Cycles in the schema (networks ↔ members, counterparts, agreements → from/to, roles →
 * organisation → roles) are bounded twice: by the multiplication, and because one list field may
 * appear at most MAX_LIST_REPEATS times along one path of the query.
 */
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  getArgumentValues,
  getNamedType,
  getNullableType,
  isAbstractType,
  isCompositeType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { DEFAULT_LIST_SIZE, FIELD_WEIGHTS, LIST_SIZES, type ListSize } from './list-sizes';

/** One list field may appear this often along one path (Network.members inside Network.members: 2). */
export const MAX_LIST_REPEATS = 2;

/**
 * The fields (fragments expanded) one computation may visit, whatever the cost: a document that
 * spreads fragments into each other multiplies without any list. The app's largest visits a few
 * hundred (under 500).
 */
export const MAX_VISITS = 2_000;

export type CostVerdict =
  | { ok: true; cost: number }
  | {
      ok: false;
      /** 'cost' over the limit, 'repeat' a list nested in itself too often, 'size' a huge document. */
      reason: 'cost' | 'repeat' | 'size';
      /** The cost so far (at least the limit when reason is 'cost'). */
      cost: number;
      /** The field where it was decided, e.g. "Network.members". */
      field: string | null;
    };

interface Frame {
  /** "Type.field" of a list field on the path. */
  coordinate: string;
}

class Refused extends Error {
  constructor(
    readonly reason: 'cost' | 'repeat' | 'size',
    readonly field: string | null,
  ) {
    super(reason);
  }
}

/**
 * The cost of `operationName` (or the only operation) in `document` with `variables`, or why it is
 * refused. Stops as soon as `maxCost` is passed, so a hostile document costs little to judge.
 */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  operationName: string | null | undefined,
  maxCost: number,
): CostVerdict {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
    else if (definition.kind === Kind.OPERATION_DEFINITION) {
      if (!operationName || definition.name?.value === operationName) operation ??= definition;
    }
  }
  if (!operation) return { ok: true, cost: 0 };
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return { ok: true, cost: 0 };

  const counter = new CostCounter(schema, fragments, variables ?? {}, maxCost);
  try {
    const cost = counter.selectionSet(operation.selectionSet, root, 1, [], null);
    return { ok: true, cost };
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    return { ok: false, reason: error.reason, cost: counter.total, field: error.field };
  }
}

class CostCounter {
  /** The running total over every branch, to stop early. */
  total = 0;
  private visits = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
    private readonly maxCost: number,
  ) {}

  /** The cost of a selection set on objects of `type`, `multiplier` of them. */
  selectionSet(
    set: SelectionSetNode,
    type: GraphQLCompositeType,
    multiplier: number,
    path: Frame[],
    parentArgs: Record<string, unknown> | null,
  ): number {
    if (!isAbstractType(type)) return this.onObject(set, type, multiplier, path, parentArgs);
    // Each object is of one possible type only: the dearest one counts.
    const start = this.total;
    let dearest = 0;
    for (const possible of this.schema.getPossibleTypes(type)) {
      this.total = start;
      dearest = Math.max(dearest, this.onObject(set, possible, multiplier, path, parentArgs));
    }
    this.total = start + dearest;
    return dearest;
  }

  private onObject(
    set: SelectionSetNode,
    type: GraphQLObjectType,
    multiplier: number,
    path: Frame[],
    parentArgs: Record<string, unknown> | null,
  ): number {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        cost += this.field(selection, type, multiplier, path, parentArgs);
        continue;
      }
      const fragment =
        selection.kind === Kind.INLINE_FRAGMENT
          ? selection
          : this.fragments.get(selection.name.value);
      if (!fragment) continue;
      const condition = fragment.typeCondition
        ? this.schema.getType(fragment.typeCondition.name.value)
        : type;
      if (!condition || !isCompositeType(condition)) continue;
      if (
        condition !== type &&
        !(isAbstractType(condition) && this.schema.isSubType(condition, type))
      )
        continue;
      cost += this.onObject(fragment.selectionSet, type, multiplier, path, parentArgs);
    }
    return cost;
  }

  private field(
    node: FieldNode,
    type: GraphQLObjectType,
    multiplier: number,
    path: Frame[],
    parentArgs: Record<string, unknown> | null,
  ): number {
    if (++this.visits > MAX_VISITS) throw new Refused('size', null);
    const name = node.name.value;
    const definition = type.getFields()[name];
    // __typename and unknown fields (validation refuses those) are one value.
    if (!definition) return this.add(multiplier, null);
    const coordinate = `${type.name}.${name}`;
    const args = argumentsOf(definition, node, this.variables);
    const list = isListType(getNullableType(definition.type));
    const size = list ? sizeOf(LIST_SIZES[coordinate], args, parentArgs) : 1;
    let cost = this.add(multiplier * (size + (FIELD_WEIGHTS[coordinate] ?? 0)), coordinate);
    const inner = getNamedType(definition.type);
    if (node.selectionSet && isCompositeType(inner)) {
      let innerPath = path;
      if (list) {
        const repeats = path.filter((f) => f.coordinate === coordinate).length + 1;
        if (repeats > MAX_LIST_REPEATS) throw new Refused('repeat', coordinate);
        innerPath = [...path, { coordinate }];
      }
      cost += this.selectionSet(node.selectionSet, inner, multiplier * size, innerPath, args);
    }
    return cost;
  }

  private add(cost: number, coordinate: string | null): number {
    this.total += cost;
    if (this.total > this.maxCost) throw new Refused('cost', coordinate);
    return cost;
  }
}

/** The field's arguments with variables and defaults applied; none when they are invalid. */
function argumentsOf(
  definition: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Record<string, unknown>,
): Record<string, unknown> {
  if (definition.args.length === 0) return {};
  try {
    return getArgumentValues(definition, node, variables);
  } catch {
    // Execution refuses them with its own error; the cost uses the defaults of the size.
    return {};
  }
}

/** The number of items a list field is counted for. */
export function sizeOf(
  size: ListSize | undefined,
  args: Record<string, unknown>,
  parentArgs: Record<string, unknown> | null,
): number {
  if (size === undefined) return DEFAULT_LIST_SIZE;
  if (typeof size === 'number') return size;
  const from = 'argument' in size ? args : (parentArgs ?? {});
  const path = 'argument' in size ? size.argument : size.parentArgument;
  const value = path
    .split('.')
    .reduce<unknown>((v, key) => (isRecord(v) ? v[key] : undefined), from);
  const n = typeof value === 'number' && Number.isFinite(value) ? value : size.default;
  // Outside the range the resolver refuses or clamps it: the most it would return counts.
  return Math.max(1, Math.min(Math.ceil(n), size.max)) * (size.times ?? 1);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** "Type.field" of every list field the schema has, for the test that each one has a size. */
export function listCoordinates(schema: GraphQLSchema): string[] {
  const out: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (isListType(getNullableType(field.type))) out.push(`${type.name}.${field.name}`);
    }
  }
  return out.sort();
}
