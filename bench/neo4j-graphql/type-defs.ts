/**
 * Type definitions of the same graph model (cypher/MODEL.md) for @neo4j/graphql, the reference a
 * team would get without writing resolvers. Bench-only: no part of the product.
 *
 * What @neo4j/graphql cannot express naturally is a @cypher field running our own Cypher:
 * whoToCall's ranking (the ranking part of routing/who-to-call.cypher, its contacts then resolved
 * by @neo4j/graphql's own nested selection), search over several labels (search/search.cypher
 * returning the nodes) and the shortest paths (graph/path.cypher returning the nodes on them).
 */
import type { CypherLibrary } from '../../server/src/db/cypher';

const CONTACTS_MARKER = '// The contacts of that organisation';

/** The ranking part of who-to-call.cypher: everything before the contacts are gathered. */
function whoToCallRanking(cypher: CypherLibrary): string {
  const text = cypher.get('routing/who-to-call');
  const cut = text.indexOf(CONTACTS_MARKER);
  if (cut < 0) {
    throw new Error(
      `routing/who-to-call.cypher no longer has "${CONTACTS_MARKER}": update ${import.meta.url}`,
    );
  }
  return `${text.slice(0, cut)}RETURN o`;
}

/** path.cypher up to its final RETURN, returning the distinct nodes on the shortest paths. */
function pathNodes(cypher: CypherLibrary): string {
  const text = cypher.get('graph/path');
  const cut = text.lastIndexOf('\nRETURN ');
  if (cut < 0) throw new Error(`graph/path.cypher has no final RETURN: update ${import.meta.url}`);
  return `${text.slice(0, cut)}\nUNWIND nodes(p) AS n\nWITH DISTINCT n\nRETURN n`;
}

/** search.cypher's filter and weights, returning the nodes in the same order. */
const SEARCH = `CALL db.index.fulltext.queryNodes('directory_search', $lucene, {limit: $candidates}) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l IN $labels][0] AS label
WHERE label IS NOT NULL
  AND ($includePersons OR NOT node:Person)
  AND coalesce(node.status, 'ACTIVE') = 'ACTIVE'
WITH node, score * CASE label WHEN 'Organisation' THEN 2.0 WHEN 'OrgUnit' THEN 1.3 ELSE 1.0 END AS score
ORDER BY score DESC, node.id
LIMIT $limit
RETURN node`;

const block = (text: string) => `"""\n${text.replace(/"""/g, '\\"""')}\n"""`;

/** The SDL handed to new Neo4jGraphQL({ typeDefs }). */
export function buildTypeDefs(cypher: CypherLibrary): string {
  return /* GraphQL */ `
extend schema @mutation(operations: [])

type HasRole @relationshipProperties {
  role: String!
}

type ContactFor @relationshipProperties {
  role: String
  priority: String
}

type Barrier @node {
  id: ID!
  code: String!
  nameNl: String
  nameFr: String
  nameEn: String
  sortOrder: Int
  organisations: [Organisation!]! @relationship(type: "HAS_ROLE", direction: IN, properties: "HasRole")
  indicators: [Indicator!]! @relationship(type: "SIGNALS", direction: IN)
  measures: [Measure!]! @relationship(type: "RAISES", direction: IN)
}

type Region @node {
  id: ID!
  code: String
  type: String!
  country: String!
  nameNl: String
  nameFr: String
  nameEn: String
  parents: [Region!]! @relationship(type: "PART_OF", direction: OUT)
  organisations: [Organisation!]! @relationship(type: "COVERS", direction: IN)
}

type Organisation @node {
  id: ID!
  name: String!
  shortName: String
  type: String!
  country: String!
  website: String
  descriptionNl: String
  descriptionFr: String
  descriptionEn: String
  status: String
  barriers: [Barrier!]! @relationship(type: "HAS_ROLE", direction: OUT, properties: "HasRole")
  coverage: [Region!]! @relationship(type: "COVERS", direction: OUT)
  units: [OrgUnit!]! @relationship(type: "PART_OF", direction: IN)
  contactPoints: [ContactPoint!]! @relationship(type: "BELONGS_TO", direction: IN)
  measures: [Measure!]! @relationship(type: "CAN_APPLY", direction: OUT)
  networks: [Network!]! @relationship(type: "MEMBER_OF", direction: OUT)
  agreementsFrom: [SharingAgreement!]! @relationship(type: "FROM", direction: IN)
  agreementsTo: [SharingAgreement!]! @relationship(type: "TO", direction: IN)
  counterparts: [Organisation!]!
    @relationship(type: "COUNTERPART_OF", direction: OUT, queryDirection: UNDIRECTED)
}

type OrgUnit @node {
  id: ID!
  nameNl: String
  nameFr: String
  nameEn: String
  status: String
  organisation: [Organisation!]! @relationship(type: "PART_OF", direction: OUT)
  contactPoints: [ContactPoint!]! @relationship(type: "BELONGS_TO", direction: IN)
}

type ContactPoint @node {
  id: ID!
  nameNl: String
  nameFr: String
  nameEn: String
  kind: String
  email: String
  phone: String
  hoursNl: String
  languages: [String!]
  lastVerifiedAt: Date
  status: String
  barriers: [Barrier!]! @relationship(type: "CONTACT_FOR", direction: OUT, properties: "ContactFor")
}

type Indicator @node {
  id: ID!
  code: String!
  kind: String
  nameNl: String
  barriers: [Barrier!]! @relationship(type: "SIGNALS", direction: OUT)
}

type Measure @node {
  id: ID!
  code: String!
  nameNl: String
  barriers: [Barrier!]! @relationship(type: "RAISES", direction: OUT)
  legalBases: [LegalBasis!]! @relationship(type: "BASED_ON", direction: OUT)
}

type LegalBasis @node {
  id: ID!
  code: String!
  nameNl: String
  citation: String
  jurisdiction: String
}

type SharingAgreement @node {
  id: ID!
  dataCategories: [String!]
  crossBorder: Boolean
  mutual: Boolean
  conditionsNl: String
  from: [Organisation!]! @relationship(type: "FROM", direction: OUT)
  to: [Organisation!]! @relationship(type: "TO", direction: OUT)
  legalBases: [LegalBasis!]! @relationship(type: "BASED_ON", direction: OUT)
}

type Network @node {
  id: ID!
  code: String
  nameNl: String
  members: [Organisation!]! @relationship(type: "MEMBER_OF", direction: IN)
}

union SearchResult = Organisation | OrgUnit | ContactPoint | Indicator | Measure

union PathNode = Organisation | OrgUnit | ContactPoint | Region | SharingAgreement | Network

type Query {
  """The ranked organisations of whoToCall (our Cypher); contacts come from nested fields."""
  whoToCall(
    barrierCodes: [String!]!
    regionId: ID
    formCode: String
    viewerOrganisationId: ID
    includePersons: Boolean!
    roleOrder: [String!]!
    limit: Int!
  ): [Organisation!]! @cypher(statement: ${block(whoToCallRanking(cypher))}, columnName: "o")

  search(
    lucene: String!
    labels: [String!]!
    includePersons: Boolean!
    candidates: Int!
    limit: Int!
  ): [SearchResult!]! @cypher(statement: ${block(SEARCH)}, columnName: "node")

  pathNodes(
    from: ID!
    to: ID!
    maxHops: Int!
    includePersons: Boolean!
    kinds: [String!]!
  ): [PathNode!]!
    @cypher(statement: ${block(pathNodes(cypher))}, columnName: "n")
}
`;
}
