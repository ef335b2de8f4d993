/** Neighbourhoods and shortest paths for the network view; bounded in depth and size. */

import type { Database } from '../db/database';
import type { PathLinkKind } from '../shared/codes';
import { expand, type GraphFilter, graphNodesByIds, shortestPaths } from './graph.queries';
import {
  dedupe,
  edge,
  foldAgreements,
  type GraphEdgeRow,
  type GraphNodeRow,
  type GraphSlice,
} from './slice';

export type { GraphFilter } from './graph.queries';

export class GraphRepository {
  constructor(private readonly db: Database) {}

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
      const [start] = await tx.run(graphNodesByIds, {
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
        const [found] = await tx.run(expand, {
          frontier,
          // Nodes already placed are not fetched again: the cap is spent on new ones.
          exclude: [...nodes.keys()].filter((n) => !frontier.includes(n)),
          includePersons,
          ...filter,
          room: this.db.int(room),
          // One row more than the level may use tells whether anything was left out.
          limit: this.db.int(room * 4 + 1),
          perNode: this.db.int(room + 1),
        });
        const next: string[] = [];
        for (const node of found?.nodes ?? []) {
          nodes.set(node.id, node);
          next.push(node.id);
        }
        for (const e of found?.edges ?? []) {
          const [source, target] = e.outgoing ? [e.fromId, e.toId] : [e.toId, e.fromId];
          edges.set(e.rid, edge(e.rid, e.type, source, target, e.props));
        }
        if (found?.truncated) truncated = true;
        frontier = next;
      }
      return { nodes: [...nodes.values()], edges: [...edges.values()], truncated };
    });
  }

  /**
   * The shortest connections between two entities through the allowed kinds of ties, or an empty
   * slice when none is short enough (or no kind is allowed).
   */
  async path(
    from: string,
    to: string,
    maxHops: number,
    includePersons: boolean,
    kinds: readonly PathLinkKind[],
  ): Promise<GraphSlice> {
    if (kinds.length === 0) return { nodes: [], edges: [], truncated: false };
    const rows = await this.db.read(shortestPaths, {
      from,
      to,
      maxHops: this.db.int(maxHops),
      includePersons,
      kinds: [...new Set(kinds)],
    });
    const nodes = rows.flatMap((r) => r.nodes);
    const edges = rows.flatMap((r) =>
      r.edges.map((e) => edge(e.rid, e.type, e.fromId, e.toId, e.props)),
    );
    return dedupe({ ...foldAgreements(nodes, edges), truncated: false });
  }
}
