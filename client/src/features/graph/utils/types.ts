/** The network view's data, as the API's `neighbourhood` and `path` slices return it. */
import { GRAPH_NODE_TYPES, type GraphNodeType, type Role } from '../../../lib/schema';

export type { GraphNodeType };
/** Every node type, in the order the legend and the list show them. */
export const NODE_TYPES = GRAPH_NODE_TYPES;

/** Relationship types the API sends (SHARES_WITH is a sharing agreement folded into an edge). */
export type GraphEdgeType =
  | 'HAS_ROLE'
  | 'CONTACT_FOR'
  | 'SHARES_WITH'
  | 'COUNTERPART_OF'
  | 'COVERS'
  | 'PART_OF'
  | 'BELONGS_TO'
  | 'WORKS_AT'
  | 'MEMBER_OF'
  | 'CAN_APPLY'
  | 'RAISES'
  | 'BASED_ON'
  | 'SIGNALS'
  | 'POINTS_TO'
  | 'SEEN_IN'
  | 'SOURCED_FROM';

/** Every edge type, in the order the legend and the expand buttons show them. */
export const EDGE_TYPES: readonly GraphEdgeType[] = [
  'HAS_ROLE',
  'SHARES_WITH',
  'COUNTERPART_OF',
  'COVERS',
  'CONTACT_FOR',
  'PART_OF',
  'BELONGS_TO',
  'WORKS_AT',
  'MEMBER_OF',
  'CAN_APPLY',
  'RAISES',
  'BASED_ON',
  'SIGNALS',
  'POINTS_TO',
  'SEEN_IN',
  'SOURCED_FROM',
];

export interface GraphNode {
  id: string;
  type: GraphNodeType;
  label: string;
  /** BE or NL; the API's GraphNode types it as a plain string (a node may be any entity). */
  country: string | null;
  /** Organisation or region type, contact kind or barrier code. */
  subtype: string | null;
}

export interface LegalBasisRef {
  code: string;
  name: string;
}

export interface GraphEdge {
  id: string;
  /** One of GraphEdgeType; kept a string so a new relationship type still draws. */
  type: string;
  source: string;
  target: string;
  role: Role | null;
  priority: string | null;
  crossBorder: boolean | null;
  mutual: boolean | null;
  dataCategories: string[] | null;
  agreementId: string | null;
  legalBases: LegalBasisRef[];
}

export interface GraphSlice {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** True when the API's node cap left some neighbours out. */
  truncated: boolean;
}

/** Whether a string is a known edge type. */
export function isEdgeType(value: string): value is GraphEdgeType {
  return (EDGE_TYPES as readonly string[]).includes(value);
}
