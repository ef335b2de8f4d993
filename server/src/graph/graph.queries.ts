/** The Cypher of the network view (cypher/queries/graph): what each query takes and returns. */
import { cypherQuery, type Int } from '../db/query';
import type { PathLinkKind } from '../shared/codes';
import type { GraphNodeRow } from './slice';

export interface GraphFilter {
  nodeTypes: string[] | null;
  barrier: string | null;
  role: string | null;
  country: string | null;
}

/** One level: its new nodes (those there was room for), the edges to them and among the frontier. */
export interface ExpandLevel {
  truncated: boolean;
  nodes: GraphNodeRow[];
  edges: {
    fromId: string;
    toId: string;
    type: string;
    outgoing: boolean;
    rid: string;
    props: Record<string, unknown>;
  }[];
}

export interface PathRow {
  nodes: GraphNodeRow[];
  edges: {
    rid: string;
    type: string;
    fromId: string;
    toId: string;
    props: Record<string, unknown>;
  }[];
}

/** One level of a neighbourhood: the nodes one hop from the frontier, at most `room` new ones. */
export const expand = cypherQuery<
  GraphFilter & {
    frontier: string[];
    exclude: string[];
    includePersons: boolean;
    room: Int;
    limit: Int;
    perNode: Int;
  },
  ExpandLevel
>('graph/expand');

export const graphNodesByIds = cypherQuery<
  { ids: string[]; includePersons: boolean },
  { node: GraphNodeRow }
>('graph/nodes-by-ids');

/** The shortest connections between two entities, one row per path. */
export const shortestPaths = cypherQuery<
  { from: string; to: string; maxHops: Int; includePersons: boolean; kinds: PathLinkKind[] },
  PathRow
>('graph/path');
