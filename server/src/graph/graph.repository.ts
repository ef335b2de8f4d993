/** Neighbourhoods and shortest paths for the network view; bounded in depth and size. */
import type { Database } from '../db/database';
import {
  dedupe,
  edge,
  foldAgreements,
  type GraphEdgeRow,
  type GraphNodeRow,
  type GraphSlice,
} from './slice';

export interface GraphFilter {
  nodeTypes: string[] | null;
  barrier: string | null;
  role: string | null;
  country: string | null;
}

interface ExpandRow {
  fromId: string;
  type: string;
  outgoing: boolean;
  props: Record<string, unknown>;
  rid: string;
  node: GraphNodeRow;
}

interface PathRow {
  nodes: GraphNodeRow[];
  edges: {
    rid: string;
    type: string;
    fromId: string;
    toId: string;
    props: Record<string, unknown>;
  }[];
}

const Q = { expand: 'graph/expand', nodesByIds: 'graph/nodes-by-ids', path: 'graph/path' } as const;

export class GraphRepository {
  constructor(private readonly db: Database) {
    db.cypher.require(Q);
  }

  /**
   * The nodes within `depth` hops of `id`, level by level (one query per level, so at most
   * `depth` + 1 round-trips), stopping at `limit` nodes and saying so with `truncated`.
   */
  async neighbourhood(
    id: string,
    depth: number,
    filter: GraphFilter,
    limit: number,
    includePersons: boolean,
  ): Promise<GraphSlice | null> {
    return this.db.readTransaction(async (tx) => {
      const [start] = await tx.run<{ node: GraphNodeRow }>(Q.nodesByIds, {
        ids: [id],
        includePersons,
      });
      if (!start) return null;
      const nodes = new Map<string, GraphNodeRow>([[id, start.node]]);
      const edges = new Map<string, GraphEdgeRow>();
      let frontier = [id];
      let truncated = false;
      for (let level = 0; level < depth && frontier.length > 0 && !truncated; level++) {
        const room = limit - nodes.size;
        const rows = await tx.run<ExpandRow>(Q.expand, {
          frontier,
          // Nodes already placed are not fetched again: the cap is spent on new ones.
          exclude: [...nodes.keys()].filter((n) => !frontier.includes(n)),
          includePersons,
          ...filter,
          // One row more than there is room for tells us whether anything was left out.
          limit: this.db.int(room * 4 + 1),
          perNode: this.db.int(room + 1),
        });
        const next: string[] = [];
        for (const row of rows) {
          const isNew = !nodes.has(row.node.id);
          if (isNew && nodes.size >= limit) {
            truncated = true;
            continue;
          }
          if (isNew) {
            nodes.set(row.node.id, row.node);
            next.push(row.node.id);
          }
          const [source, target] = row.outgoing
            ? [row.fromId, row.node.id]
            : [row.node.id, row.fromId];
          edges.set(row.rid, edge(row.rid, row.type, source, target, row.props));
        }
        if (rows.length > room * 4) truncated = true;
        frontier = next;
      }
      return { nodes: [...nodes.values()], edges: [...edges.values()], truncated };
    });
  }

  /** The shortest connections between two entities, or an empty slice when none is short enough. */
  async path(
    from: string,
    to: string,
    maxHops: number,
    includePersons: boolean,
  ): Promise<GraphSlice> {
    const rows = await this.db.read<PathRow>(Q.path, {
      from,
      to,
      maxHops: this.db.int(maxHops),
      includePersons,
    });
    const nodes = rows.flatMap((r) => r.nodes);
    const edges = rows.flatMap((r) =>
      r.edges.map((e) => edge(e.rid, e.type, e.fromId, e.toId, e.props)),
    );
    return dedupe({ ...foldAgreements(nodes, edges), truncated: false });
  }
}
