/**
 * The query cost model (server/src/http/query-cost.ts) on its own: every list field has a size,
 * every operation the app sends stays within the limit (so the limit never breaks the app), and
 * the nested-list family of the security review is refused, whatever its depth.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type DocumentNode, getOperationAST, Kind, parse, validate } from 'graphql';
import { describe, expect, test } from 'vitest';
import { type DocumentNode as ClientDocument, documentText } from '../../client/src/lib/documents';
import { DEFAULT_LIMITS } from '../../server/src/config';
import { LIST_SIZES } from '../../server/src/http/list-sizes';
import { listCoordinates, MAX_LIST_REPEATS, queryCost } from '../../server/src/http/query-cost';
import { schema } from '../../server/src/schema';
import { networkCycle, REPORTED_QUERY } from '../support/nested-lists';

const LIMIT = DEFAULT_LIMITS.maxQueryCost;
const cost = (text: string, variables: Record<string, unknown> = {}, max = LIMIT) =>
  queryCost(schema, parse(text), variables, undefined, max);

test('every list field of the schema has a size in list-sizes.ts, and no size is left over', () => {
  const lists = listCoordinates(schema);
  expect(lists.length).toBeGreaterThan(50);
  expect(lists.filter((c) => !(c in LIST_SIZES))).toEqual([]);
  expect(Object.keys(LIST_SIZES).filter((c) => !lists.includes(c))).toEqual([]);
});

/** The source files of the app, tests left out. */
function clientFiles(dir = 'client/src'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return clientFiles(file);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

/**
 * Every operation the app can send. Documents written out in full are read from the source
 * text; those assembled from fragments or built by a function come from the api modules' exports
 * (a function `…Document(n)` is called with a large n: it caps n itself).
 */
async function clientOperations(): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const assembled = new Set<string>();
  for (const file of clientFiles()) {
    for (const [, text = ''] of readFileSync(file, 'utf8').matchAll(/`([^`]*)`/g)) {
      const name = /^\s*(?:query|mutation)\s+(\w+)/.exec(text)?.[1];
      if (!name) continue;
      if (text.includes('${')) assembled.add(name);
      else found.set(name, text);
    }
  }
  const modules = clientFiles('client/src/features').filter((f) => /[/\\]api[/\\]/.test(f));
  for (const file of modules) {
    const module = (await import(path.resolve(file))) as Record<string, unknown>;
    const values = Object.entries(module).flatMap(([key, value]) => {
      if (typeof value === 'function' && key.endsWith('Document')) return [value(999)];
      if (isDocument(value)) return [value];
      if (value && typeof value === 'object') return Object.values(value);
      return [value];
    });
    for (const value of values) {
      const text = isDocument(value) ? documentText(value) : value;
      if (typeof text !== 'string') continue;
      const name = /^\s*(?:query|mutation)\s+(\w+)/.exec(text)?.[1];
      if (name) found.set(name, text);
    }
  }
  // A document assembled somewhere the exports do not reach would go unchecked: fail instead.
  expect([...assembled].filter((name) => !found.has(name))).toEqual([]);
  return found;
}

/** A typed document of the app (client/src/lib/documents.ts): its text is kept aside. */
function isDocument(value: unknown): value is ClientDocument {
  return !!value && typeof value === 'object' && (value as { kind?: unknown }).kind === 'Document';
}

/** Every Int variable at a huge value: page sizes count at the most their field returns. */
function largestVariables(document: DocumentNode): Record<string, unknown> {
  const operation = getOperationAST(document);
  return Object.fromEntries(
    (operation?.variableDefinitions ?? [])
      .filter((v) => /^Int!?$/.test(printType(v.type)))
      .map((v) => [v.variable.name.value, 1_000_000_000]),
  );
}

function printType(type: { kind: Kind; type?: unknown; name?: { value: string } }): string {
  if (type.kind === Kind.NON_NULL_TYPE) return `${printType(type.type as typeof type)}!`;
  if (type.kind === Kind.LIST_TYPE) return `[${printType(type.type as typeof type)}]`;
  return type.name?.value ?? '';
}

describe('every operation of the app', async () => {
  const operations = await clientOperations();

  test('there are many, and they are all valid', () => {
    expect(operations.size).toBeGreaterThan(70);
    for (const [name, text] of operations)
      expect(validate(schema, parse(text)).map((e) => `${name}: ${e.message}`)).toEqual([]);
  });

  test('each one costs less than the limit, with its page sizes at their largest', () => {
    const costs = [...operations].map(([name, text]) => {
      const document = parse(text);
      const verdict = queryCost(schema, document, largestVariables(document), undefined, LIMIT);
      return { name, verdict };
    });
    expect(costs.filter((c) => !c.verdict.ok).map((c) => c.name)).toEqual([]);
    const dearest = costs
      .map((c) => ({ name: c.name, cost: c.verdict.cost }))
      .sort((a, b) => b.cost - a.cost)
      .slice(0, 5);
    console.log(
      `dearest operations of the app (limit ${LIMIT}): ${dearest.map((d) => `${d.name} ${d.cost}`).join(', ')}`,
    );
  });
});

describe('the nested lists of the security review', () => {
  test('the reported query and every deeper variant are refused, as is one level less', () => {
    expect(cost(REPORTED_QUERY)).toMatchObject({ ok: false, reason: 'cost' });
    for (let rounds = 1; rounds <= 4; rounds++) {
      const verdict = cost(networkCycle(rounds));
      expect(verdict, `${rounds} round(s)`).toMatchObject({ ok: false });
    }
  });

  test('a cycle is refused by its repeats even where its lists are short', () => {
    const counterparts = (n: number) =>
      `{ organisation(id: "x") { ${'counterparts { '.repeat(n)}name${' }'.repeat(n)} } }`;
    expect(cost(counterparts(MAX_LIST_REPEATS)).ok).toBe(true);
    expect(cost(counterparts(MAX_LIST_REPEATS + 1))).toMatchObject({
      ok: false,
      reason: 'repeat',
      field: 'Organisation.counterparts',
    });
  });

  test('page sizes count by their value, from a literal or a variable, capped at the largest', () => {
    const search = (first: string) =>
      `query($n: Int) { search(query: "a", first: ${first}) { score } }`;
    const five = cost(search('5')).cost;
    const fifty = cost(search('50')).cost;
    // Each hit is two values here (the hit and its score).
    expect(fifty - five).toBe((50 - 5) * 2);
    expect(cost(search('$n'), { n: 50 }).cost).toBe(fifty);
    expect(cost(search('$n'), { n: 1e9 }).cost).toBe(fifty);
    const page = (first: number) =>
      cost(`{ organisations(first: ${first}) { edges { node { name coverage { name } } } } }`).cost;
    expect(page(100)).toBeGreaterThan(page(10) * 5);
    const who = (limit: number) =>
      cost(`{ whoToCall(input: { barrier: "WORK", limit: ${limit} }) { entries { rank } } }`).cost;
    expect(who(100)).toBeGreaterThan(who(10) * 3);
  });

  test('aliases add up, and a union counts its dearest member, not the sum of all', () => {
    const one = cost('{ barriers { code } }').cost;
    expect(cost('{ a: barriers { code } b: barriers { code } }').cost).toBe(one * 2);
    const hit = (inner: string) => cost(`{ search(query: "a") { node { ${inner} } } }`).cost;
    const organisation = hit('... on Organisation { name coverage { name } }');
    const both = hit('... on Organisation { name coverage { name } } ... on Measure { name }');
    expect(both).toBe(organisation);
  });

  test('a document that multiplies through fragments is judged quickly', () => {
    // Each fragment spreads the next twice: 2^30 fields once expanded, from a few hundred tokens.
    const fragments = Array.from(
      { length: 30 },
      (_, i) => `fragment F${i} on Barrier { a${i}: code ...F${i + 1} b${i}: code ...F${i + 1} }`,
    );
    fragments.push('fragment F30 on Barrier { code }');
    const started = performance.now();
    const verdict = cost(`{ barriers { ...F0 } } ${fragments.join(' ')}`);
    const ms = performance.now() - started;
    expect(verdict).toMatchObject({ ok: false });
    console.log(`fragment bomb judged in ${ms.toFixed(1)} ms`);
  });
});
