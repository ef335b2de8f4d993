/**
 * May the signed-in user change this entity, and what exactly is stored? The API has no field
 * for either (nor a `version` on units and measures), so the form asks the update mutation with
 * an impossible version and no changes: the server checks the scope (FORBIDDEN) and then the
 * version (CONFLICT, with the stored state) before it writes anything, and nothing is written.
 */
import { graphql, type TadaDocumentNode } from '../../../lib/documents';
import { type ApiError, asApiError, request, type StoredState } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';

export type EditableKind =
  | 'organisation'
  | 'unit'
  | 'contactPoint'
  | 'person'
  | 'agreement'
  | 'measure'
  | 'region';

/** One probe per kind: the update with version -1 and an empty change. */
export const PROBES: Record<EditableKind, TadaDocumentNode<unknown, { id: string }>> = {
  organisation: graphql(`
    mutation ProbeOrganisation($id: ID!) {
      updateOrganisation(id: $id, version: -1, patch: {}) { id }
    }
  `),
  unit: graphql(`
    mutation ProbeUnit($id: ID!) {
      updateOrgUnit(id: $id, version: -1) { id }
    }
  `),
  contactPoint: graphql(`
    mutation ProbeContactPoint($id: ID!) {
      updateContactPoint(id: $id, version: -1, patch: {}) { id }
    }
  `),
  person: graphql(`
    mutation ProbePerson($id: ID!) {
      updatePerson(id: $id, version: -1, patch: {}) { id }
    }
  `),
  agreement: graphql(`
    mutation ProbeAgreement($id: ID!) {
      updateSharingAgreement(id: $id, version: -1, patch: {}) { id }
    }
  `),
  measure: graphql(`
    mutation ProbeMeasure($id: ID!) {
      updateMeasure(id: $id, version: -1, patch: {}) { id }
    }
  `),
  region: graphql(`
    mutation ProbeRegion($id: ID!) {
      updateRegion(id: $id, version: -1, patch: {}) { id }
    }
  `),
};

export type Access =
  | { status: 'editable'; stored: StoredState }
  | { status: 'forbidden' }
  | { status: 'notFound' }
  | { status: 'failed'; error: ApiError };

/** Whether the user may change the entity, with its stored state when they may. */
export async function probeAccess(kind: EditableKind, id: string, lang: Lang): Promise<Access> {
  try {
    await request(PROBES[kind], { id }, { lang });
    // A version of -1 never matches; should it ever, the form simply reloads.
    return { status: 'failed', error: asApiError(new Error('probe wrote nothing')) };
  } catch (thrown) {
    const error = asApiError(thrown);
    if (error.code === 'CONFLICT' && error.details.current)
      return { status: 'editable', stored: error.details.current };
    if (error.code === 'FORBIDDEN' || error.code === 'UNAUTHENTICATED')
      return { status: 'forbidden' };
    if (error.code === 'NOT_FOUND') return { status: 'notFound' };
    return { status: 'failed', error };
  }
}
