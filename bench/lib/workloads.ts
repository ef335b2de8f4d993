/**
 * The five workloads, each as a list of request variants (cycled through, one per request) for our
 * API and the equivalent request for @neo4j/graphql. Ids come from the demo seed, which every
 * benchmark database contains, so the same questions are asked at every scale.
 */
import { ROLE_ORDER } from '../../server/src/routing/routing.repository';
import { toLuceneQuery } from '../../server/src/search/lucene';
import { DEFAULT_PATH_LINK_KINDS } from '../../shared/codes';

export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface Variant {
  label: string;
  ours: GraphQLRequest;
  neo4jGraphql: GraphQLRequest;
}

export interface Workload {
  name: WorkloadName;
  description: string;
  /** How the @neo4j/graphql request differs, for the report. */
  neo4jGraphqlNote: string;
  variants: Variant[];
}

export const WORKLOAD_NAMES = [
  'whoToCall',
  'search',
  'organisation',
  'neighbourhood',
  'path',
] as const;
export type WorkloadName = (typeof WORKLOAD_NAMES)[number];

const WHO_TO_CALL: [string, string][] = [
  ['region-mun-genk', 'HOUSING'],
  ['region-mun-antwerpen', 'WORK'],
  ['region-mun-tilburg', 'FINANCES'],
  ['region-mun-maastricht', 'IDENTITY'],
];

/** Words a user types, letter by letter from the third: each prefix is one request. */
const TYPED = [
  'mensenhandel',
  'politie',
  'huisvesting',
  'genk',
  'opvanghuis',
  'woninginspectie',
  'antwerpen',
  'sociale',
  'bankkantoor',
  'meldpunt',
];

const ORGANISATIONS = ['org-stad-genk', 'org-stad-antwerpen', 'org-gemeente-tilburg'];
export const HUB = 'org-stad-antwerpen';
/** Far apart: a Limburg (BE) city and a Zeeland (NL) one, a Brabant city and a BE victim centre. */
const PATHS: [string, string][] = [
  ['org-stad-lommel', 'org-gemeente-middelburg'],
  ['org-gemeente-helmond', 'org-payoke'],
];

const CONTACT = `id email phone ... on ContactPoint { name kind }`;

const OURS_WHO = `query WhoToCall($region: ID!, $barrier: String!) {
  whoToCall(input: { region: $region, barrier: $barrier }) {
    region { id name }
    entries {
      rank scope roles
      organisation { id name type country }
      contacts { priority role stale contact { ${CONTACT} } }
    }
  }
}`;

const NEO_CONTACT_FIELDS = `id nameNl kind email phone lastVerifiedAt
  barriersConnection(where: { node: { code: { eq: $barrier } } }) { edges { properties { priority role } } }`;
const NEO_WHO = `query WhoToCall($regionId: ID!, $barrier: String!, $barrierCodes: [String!]!, $roleOrder: [String!]!) {
  whoToCall(barrierCodes: $barrierCodes, regionId: $regionId, includePersons: false, roleOrder: $roleOrder, limit: 25) {
    id name type country
    contactPoints(where: { barriersConnection: { some: { node: { code: { eq: $barrier } } } } }) { ${NEO_CONTACT_FIELDS} }
    units {
      contactPoints(where: { barriersConnection: { some: { node: { code: { eq: $barrier } } } } }) { ${NEO_CONTACT_FIELDS} }
    }
  }
}`;

const OURS_SEARCH = `query Search($q: String!) {
  search(query: $q, first: 10) {
    type score
    node {
      ... on Organisation { id name type }
      ... on OrgUnit { id name }
      ... on ContactPoint { id name email }
      ... on Indicator { id name }
      ... on Measure { id name }
    }
  }
}`;

const NEO_SEARCH = `query Search($lucene: String!) {
  search(lucene: $lucene, labels: ["Organisation", "OrgUnit", "ContactPoint", "Indicator", "Measure"],
         includePersons: false, candidates: 60, limit: 10) {
    ... on Organisation { id name type }
    ... on OrgUnit { id nameNl }
    ... on ContactPoint { id nameNl email }
    ... on Indicator { id nameNl }
    ... on Measure { id nameNl }
  }
}`;

const OURS_ORG = `query Organisation($id: ID!) {
  organisation(id: $id) {
    id name shortName type country website description status
    roles { role barrier { code name } }
    coverage { id name type }
    units { id name }
    contactPoints { id name kind email phone stale unit { id name } responsibilities { priority role barrier { code } } }
    agreements { id mutual crossBorder dataCategories from { id name } to { id name } legalBases { id code name } }
    counterparts { id name country }
  }
}`;

const NEO_CP = `id nameNl kind email phone lastVerifiedAt
  barriersConnection { edges { properties { priority role } node { code } } }`;
const NEO_AGREEMENT = `id mutual crossBorder dataCategories from { id name } to { id name } legalBases { id code nameNl }`;
const NEO_ORG = `query Organisation($id: ID!) {
  organisations(where: { id: { eq: $id } }) {
    id name shortName type country website descriptionNl status
    barriersConnection { edges { properties { role } node { code nameNl } } }
    coverage { id nameNl type }
    contactPoints { ${NEO_CP} }
    units { id nameNl contactPoints { ${NEO_CP} } }
    agreementsFrom { ${NEO_AGREEMENT} }
    agreementsTo { ${NEO_AGREEMENT} }
    counterparts { id name country }
  }
}`;

const OURS_NEIGHBOURHOOD = `query Neighbourhood($id: ID!) {
  neighbourhood(id: $id, depth: 2) {
    truncated
    nodes { id type label subtype country }
    edges { id type source target role }
  }
}`;

const NEO_ORG_REF = 'id name type country';
const NEO_NEIGHBOURHOOD = `query Neighbourhood($id: ID!) {
  organisations(where: { id: { eq: $id } }) {
    ${NEO_ORG_REF}
    barriersConnection(first: 20) { edges { properties { role } node { id code nameNl organisations(limit: 5) { ${NEO_ORG_REF} } } } }
    coverage(limit: 10) { id nameNl type parents { id nameNl type } organisations(limit: 10) { ${NEO_ORG_REF} } }
    units(limit: 10) { id nameNl contactPoints(limit: 5) { id nameNl kind } }
    contactPoints(limit: 10) { id nameNl kind barriers { id code } }
    measures(limit: 10) { id nameNl legalBases(limit: 3) { id code } }
    networks(limit: 5) { id nameNl members(limit: 5) { ${NEO_ORG_REF} } }
    agreementsFrom(limit: 10) { id to { ${NEO_ORG_REF} } legalBases { id code } }
    agreementsTo(limit: 10) { id from { ${NEO_ORG_REF} } legalBases { id code } }
    counterparts(limit: 5) { ${NEO_ORG_REF} coverage { id nameNl } }
  }
}`;

const OURS_PATH = `query Path($from: ID!, $to: ID!) {
  path(from: $from, to: $to, maxHops: 8) {
    nodes { id type label subtype country }
    edges { id type source target }
  }
}`;

const NEO_PATH = `query Path($from: ID!, $to: ID!, $kinds: [String!]!) {
  pathNodes(from: $from, to: $to, maxHops: 8, includePersons: false, kinds: $kinds) {
    ... on Organisation { id name type country }
    ... on OrgUnit { id nameNl }
    ... on ContactPoint { id nameNl }
    ... on Region { id nameNl type country }
    ... on SharingAgreement { id crossBorder mutual }
    ... on Network { id nameNl }
  }
}`;

function prefixes(): string[] {
  const out: string[] = [];
  for (const word of TYPED) for (let n = 3; n <= word.length; n++) out.push(word.slice(0, n));
  return out;
}

export const WORKLOADS: Record<WorkloadName, Workload> = {
  whoToCall: {
    name: 'whoToCall',
    description: 'whoToCall for a municipality and a barrier (4 pairs), anonymous, with contacts',
    neo4jGraphqlNote:
      '@cypher Query field running the ranking part of routing/who-to-call.cypher; contacts (organisation and units, filtered on the barrier) by nested relationship fields',
    variants: WHO_TO_CALL.map(([region, barrier]) => ({
      label: `${region} ${barrier}`,
      ours: { query: OURS_WHO, variables: { region, barrier } },
      neo4jGraphql: {
        query: NEO_WHO,
        variables: { regionId: region, barrier, barrierCodes: [barrier], roleOrder: ROLE_ORDER },
      },
    })),
  },
  search: {
    name: 'search',
    description: `search as typed prefixes (${prefixes().length} prefixes of ${TYPED.length} words, one per request)`,
    neo4jGraphqlNote:
      '@cypher Query field with the full-text query of search/search.cypher returning a union of nodes (no score); the Lucene string is built by the client with our toLuceneQuery',
    variants: prefixes().map((q) => ({
      label: q,
      ours: { query: OURS_SEARCH, variables: { q } },
      neo4jGraphql: { query: NEO_SEARCH, variables: { lucene: toLuceneQuery(q) } },
    })),
  },
  organisation: {
    name: 'organisation',
    description:
      'organisation page: roles, coverage, units, contact points, agreements, counterparts',
    neo4jGraphqlNote:
      'natural generated query: organisations(where: {id}) with nested relationship fields (agreements as FROM and TO lists)',
    variants: ORGANISATIONS.map((id) => ({
      label: id,
      ours: { query: OURS_ORG, variables: { id } },
      neo4jGraphql: { query: NEO_ORG, variables: { id } },
    })),
  },
  neighbourhood: {
    name: 'neighbourhood',
    description: `neighbourhood depth 2 of the hub ${HUB} (our cap: 150 nodes)`,
    neo4jGraphqlNote:
      'no generic neighbourhood: nested selection of every relationship to depth 2 with per-list limits (about the same number of nodes)',
    variants: [
      {
        label: HUB,
        ours: { query: OURS_NEIGHBOURHOOD, variables: { id: HUB } },
        neo4jGraphql: { query: NEO_NEIGHBOURHOOD, variables: { id: HUB } },
      },
    ],
  },
  path: {
    name: 'path',
    description: 'shortest paths between two distant partners (2 pairs, at most 8 hops)',
    neo4jGraphqlNote:
      '@cypher Query field with graph/path.cypher returning the nodes on the paths (no edges)',
    variants: PATHS.map(([from, to]) => ({
      label: `${from} → ${to}`,
      ours: { query: OURS_PATH, variables: { from, to } },
      // The kinds of ties our API's path uses when none are asked for.
      neo4jGraphql: {
        query: NEO_PATH,
        variables: { from, to, kinds: [...DEFAULT_PATH_LINK_KINDS] },
      },
    })),
  },
};
