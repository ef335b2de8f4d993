/**
 * The API's `neighbourhood` and `path` answers as the view's GraphSlice. The schema types an
 * edge's role as a plain string (an edge may be any relationship); the view knows the roles.
 */
import { ROLES, type Role } from '../../../lib/schema';
import type { GraphEdge, GraphNode, GraphSlice } from '../utils/types';

/** A slice as the API answers it. */
export interface ApiSlice {
  truncated: boolean;
  nodes: GraphNode[];
  edges: (Omit<GraphEdge, 'role'> & { role: string | null })[];
}

const isRole = (value: string | null): value is Role =>
  value !== null && (ROLES as readonly string[]).includes(value);

/** The slice with each edge's role checked against the schema's roles. */
export function toSlice(slice: ApiSlice): GraphSlice {
  return {
    ...slice,
    edges: slice.edges.map((edge) => ({ ...edge, role: isRole(edge.role) ? edge.role : null })),
  };
}
