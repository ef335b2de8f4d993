/** A small slice of the demo network, for the unit tests of the view's pure functions. */
import type { GraphEdge, GraphNode, GraphSlice } from './types';

export const node = (
  id: string,
  type: GraphNode['type'],
  country: GraphNode['country'] = null,
  subtype: string | null = null,
): GraphNode => ({ id, type, label: id.replace(/^[a-z]+-/, ''), country, subtype });

export const edge = (
  id: string,
  type: string,
  source: string,
  target: string,
  extra: Partial<GraphEdge> = {},
): GraphEdge => ({
  id,
  type,
  source,
  target,
  role: null,
  priority: null,
  crossBorder: null,
  mutual: null,
  dataCategories: null,
  agreementId: null,
  legalBases: [],
  ...extra,
});

export const GENK = node('org-stad-genk', 'Organisation', 'BE', 'MUNICIPALITY');
export const HOUSING = node('barrier-housing', 'Barrier', null, 'HOUSING');
export const WORK = node('barrier-work', 'Barrier', null, 'WORK');
export const CARMA = node('org-pz-carma', 'Organisation', 'BE', 'POLICE');
export const RIEC = node('org-riec-zwb', 'Organisation', 'NL', 'EXPERTISE_CENTRE');
export const ARIEC = node('org-ariec-limburg', 'Organisation', 'BE', 'EXPERTISE_CENTRE');
export const REGION = node('region-mun-genk', 'Region', 'BE', 'MUNICIPALITY');

/** Stad Genk and its neighbours. */
export const GENK_SLICE: GraphSlice = {
  nodes: [GENK, CARMA, ARIEC, HOUSING, WORK, REGION],
  edges: [
    edge('r1', 'HAS_ROLE', GENK.id, HOUSING.id, { role: 'SIGNAL' }),
    edge('r2', 'HAS_ROLE', GENK.id, HOUSING.id, { role: 'ADMIN_ENFORCE' }),
    edge('r3', 'HAS_ROLE', GENK.id, WORK.id, { role: 'SIGNAL' }),
    edge('c1', 'COVERS', GENK.id, REGION.id),
    edge('agr-genk-carma', 'SHARES_WITH', GENK.id, CARMA.id, {
      mutual: true,
      crossBorder: false,
      agreementId: 'agr-genk-carma',
      dataCategories: ['IDENTITY_DATA', 'ADDRESS_DATA'],
      legalBases: [{ code: 'BE_LAW_2024_01_15', name: 'DIOB-wet' }],
    }),
    edge('agr-genk-ariec', 'SHARES_WITH', GENK.id, ARIEC.id, { mutual: false, crossBorder: false }),
  ],
  truncated: false,
};

/** The housing barrier and the partners with a role on it. */
export const HOUSING_SLICE: GraphSlice = {
  nodes: [HOUSING, GENK, CARMA, RIEC],
  edges: [
    edge('r1', 'HAS_ROLE', GENK.id, HOUSING.id, { role: 'SIGNAL' }),
    edge('r2', 'HAS_ROLE', GENK.id, HOUSING.id, { role: 'ADMIN_ENFORCE' }),
    edge('r4', 'HAS_ROLE', CARMA.id, HOUSING.id, { role: 'SIGNAL' }),
    edge('r5', 'HAS_ROLE', RIEC.id, HOUSING.id, { role: 'COORDINATE' }),
  ],
  truncated: false,
};

/** ARIEC Limburg and its Dutch counterpart. */
export const ARIEC_SLICE: GraphSlice = {
  nodes: [ARIEC, GENK, RIEC],
  edges: [
    edge('agr-genk-ariec', 'SHARES_WITH', GENK.id, ARIEC.id, { mutual: false, crossBorder: false }),
    edge('cp1', 'COUNTERPART_OF', RIEC.id, ARIEC.id),
  ],
  truncated: false,
};
