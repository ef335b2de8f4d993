/**
 * The API's `neighbourhood` and `path` answers as the view's GraphSlice. The schema types an
 * edge's role as a plain string (an edge may be any relationship); the view knows the roles.
 */
import { graphql, type ResultOf } from '../../../lib/documents';
import { ROLES, type Role } from '../../../lib/schema';
import type { GraphSlice } from '../utils/types';

/** What the view reads of a slice, in the language of the operation's `$lang`. */
export const SLICE_FIELDS = graphql(`
  fragment GraphSliceFields on GraphSlice {
    truncated
    nodes {
      id
      type
      label(lang: $lang)
      country
      subtype
    }
    edges {
      id
      type
      source
      target
      role
      priority
      crossBorder
      mutual
      dataCategories
      agreementId
      legalBases {
        code
        name(lang: $lang)
      }
    }
  }
`);

/** A slice as the API answers it: what the fragment selects. */
export type ApiSlice = ResultOf<typeof SLICE_FIELDS>;

const isRole = (value: string | null): value is Role =>
  value !== null && (ROLES as readonly string[]).includes(value);

/** The slice with each edge's role checked against the schema's roles. */
export function toSlice(slice: ApiSlice): GraphSlice {
  return {
    ...slice,
    edges: slice.edges.map((edge) => ({ ...edge, role: isRole(edge.role) ? edge.role : null })),
  };
}
