/**
 * Typed GraphQL documents (gql.tada): `graphql(...)` checks a document against schema.graphql
 * in the type system (client/src/graphql-env.d.ts, written by `npm run schema:print`), and
 * `ResultOf` / `VariablesOf` give its result and variables. Nothing is generated per operation.
 *
 * At run time a document is an empty DocumentNode whose text is kept aside (`documentText`),
 * and the text is what goes over the wire: gql.tada's own `graphql()` would parse every document
 * into an AST when its module loads, and the app would then have to print it back to send it.
 * tsc has already checked the text against the schema, so the AST would be work without use.
 */
import type { DocumentNode } from '@0no-co/graphql.web';
import type { initGraphQLTada, TadaDocumentNode } from 'gql.tada';
import type { introspection } from '../graphql-env';

export type { FragmentOf, ResultOf, TadaDocumentNode, VariablesOf } from 'gql.tada';
export type { DocumentNode };

type Setup = {
  introspection: introspection;
  scalars: { Date: string; DateTime: string };
  // A fragment's fields are read straight from the result, as before; no readFragment needed.
  disableMasking: true;
};

type Graphql = initGraphQLTada<Setup>;

/** The texts a document is made of: its own and those of its fragments, each once. */
const parts = new WeakMap<DocumentNode, readonly string[]>();
/** The text of each document, as sent to /graphql. */
const texts = new WeakMap<DocumentNode, string>();

function compose(source: string, fragments: readonly DocumentNode[] = []): DocumentNode {
  const all = new Set<string>([source]);
  for (const fragment of fragments) for (const part of parts.get(fragment) ?? []) all.add(part);
  const document: DocumentNode = { kind: 'Document' as DocumentNode['kind'], definitions: [] };
  parts.set(document, [...all]);
  texts.set(document, [...all].join('\n'));
  return document;
}

/** Writes a typed GraphQL document: `graphql(\`query …\`, [Fragment])`. */
export const graphql = Object.assign(compose, {
  scalar: (_name: string, value: unknown) => value,
  persisted: (documentId: string, document?: DocumentNode) => ({
    ...(document ?? compose('')),
    documentId,
  }),
}) as unknown as Graphql;

/**
 * A document whose text is put together at run time (e.g. one alias per barrier), from parts
 * that are typed documents themselves (`fragments`); `Result` is stated from their types.
 */
export function assembledDocument<Result, Variables>(
  source: string,
  fragments: readonly DocumentNode[],
): TadaDocumentNode<Result, Variables> {
  return compose(source, fragments) as TadaDocumentNode<Result, Variables>;
}

/** The text of a document written with `graphql`, as sent to /graphql. */
export function documentText(document: DocumentNode): string {
  const text = texts.get(document);
  if (text === undefined) throw new Error('A GraphQL document not written with graphql()');
  return text;
}
