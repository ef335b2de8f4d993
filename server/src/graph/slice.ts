/** Graph slices for the network view: plain nodes and edges, with agreements folded into edges. */

export interface GraphNodeRow {
  id: string;
  label: string;
  name?: string | null;
  nameNl?: string | null;
  nameFr?: string | null;
  nameEn?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  country?: string | null;
  type?: string | null;
  code?: string | null;
  kind?: string | null;
  crossBorder?: boolean | null;
  mutual?: boolean | null;
  dataCategories?: string[] | null;
  legalBasisIds?: string[] | null;
}

export interface GraphEdgeRow {
  id: string;
  type: string;
  source: string;
  target: string;
  role: string | null;
  priority: string | null;
  crossBorder: boolean | null;
  mutual: boolean | null;
  dataCategories: string[] | null;
  legalBasisIds: string[] | null;
  agreementId: string | null;
}

export interface GraphSlice {
  nodes: GraphNodeRow[];
  edges: GraphEdgeRow[];
  truncated: boolean;
}

type Props = Record<string, unknown>;

const str = (v: unknown) => (typeof v === 'string' ? v : null);
const bool = (v: unknown) => (typeof v === 'boolean' ? v : null);
const strs = (v: unknown) =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : null;

/** Builds an edge from a relationship's type, ends and properties. */
export function edge(
  id: string,
  type: string,
  source: string,
  target: string,
  props: Props,
): GraphEdgeRow {
  return {
    id,
    type,
    source,
    target,
    role: str(props.role),
    priority: str(props.priority),
    crossBorder: bool(props.crossBorder),
    mutual: bool(props.mutual),
    dataCategories: strs(props.dataCategories),
    legalBasisIds: strs(props.legalBasisIds),
    agreementId: str(props.agreementId),
  };
}

/**
 * Replaces each SharingAgreement node whose two parties are in the slice by one SHARES_WITH edge
 * between them (FROM → TO), as the network view draws agreements.
 */
export function foldAgreements(
  nodes: GraphNodeRow[],
  edges: GraphEdgeRow[],
): Omit<GraphSlice, 'truncated'> {
  const agreements = new Map(
    nodes.filter((n) => n.label === 'SharingAgreement').map((n) => [n.id, n]),
  );
  if (agreements.size === 0) return { nodes, edges };
  const folded: GraphEdgeRow[] = [];
  for (const [id, a] of agreements) {
    const from = edges.find((e) => e.type === 'FROM' && e.source === id)?.target;
    const to = edges.find((e) => e.type === 'TO' && e.source === id)?.target;
    if (from && to) {
      folded.push(
        edge(id, 'SHARES_WITH', from, to, {
          crossBorder: a.crossBorder,
          mutual: a.mutual,
          dataCategories: a.dataCategories,
          legalBasisIds: a.legalBasisIds,
          agreementId: id,
        }),
      );
    }
  }
  return {
    nodes: nodes.filter((n) => !agreements.has(n.id)),
    edges: [
      ...edges.filter((e) => !agreements.has(e.source) && !agreements.has(e.target)),
      ...folded,
    ],
  };
}

/** Removes duplicate nodes and edges (paths and levels overlap). */
export function dedupe(slice: GraphSlice): GraphSlice {
  const nodes = new Map(slice.nodes.map((n) => [n.id, n]));
  const edges = new Map(slice.edges.map((e) => [e.id, e]));
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated: slice.truncated };
}
