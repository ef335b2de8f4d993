/**
 * Codes of the domain model, once for the server, the client and the benchmark (see
 * cypher/MODEL.md). The schema's enums are built from these lists; the client checks its copies
 * of the schema's enums against them (client/src/lib/schema.ts). Plain data: imports nothing.
 */

export const COUNTRIES = ['BE', 'NL'] as const;
export type Country = (typeof COUNTRIES)[number];

/** The languages of the interface and of translated texts; Dutch first, the default. */
export const LANGUAGES = ['NL', 'FR', 'EN'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What a user account may do, from least to most. */
export const USER_ROLES = ['STAFF', 'COORDINATOR', 'ADMIN'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** The six barriers of the barrier model, in the order of a trafficking route (cypher/seed). */
export const BARRIER_CODES = [
  'RECRUITMENT',
  'ENTRY',
  'IDENTITY',
  'HOUSING',
  'WORK',
  'FINANCES',
] as const;
export type BarrierCode = (typeof BARRIER_CODES)[number];

export const ORGANISATION_TYPES = [
  'MUNICIPALITY',
  'SOCIAL_SERVICE',
  'POLICE',
  'BORDER_POLICE',
  'IMMIGRATION',
  'LABOUR_INSPECTION',
  'TAX',
  'FINANCIAL_INTELLIGENCE',
  'PROSECUTION',
  'SCREENING',
  'EXPERTISE_CENTRE',
  'VICTIM_SUPPORT',
  'MONITORING',
  'RESEARCH',
  'BANK',
  'OTHER',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const STATUSES = ['ACTIVE', 'ARCHIVED'] as const;
export type Status = (typeof STATUSES)[number];

export const ROLES = [
  'SIGNAL',
  'INFORMATION_HOLDER',
  'ADVISE',
  'INSPECT',
  'ADMIN_ENFORCE',
  'SCREEN',
  'INVESTIGATE',
  'PROSECUTE',
  'SUPPORT_VICTIM',
  'REFER',
  'COORDINATE',
] as const;
export type Role = (typeof ROLES)[number];

export const PRIORITIES = ['PRIMARY', 'BACKUP'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const REGION_TYPES = [
  'COUNTRY',
  'PROVINCE',
  'ARRONDISSEMENT',
  'POLICE_ZONE',
  'RIEC_REGION',
  'SAFETY_REGION',
  'MUNICIPALITY',
] as const;
export type RegionType = (typeof REGION_TYPES)[number];

export const INDICATOR_KINDS = ['FINANCIAL', 'ADMINISTRATIVE', 'BEHAVIOURAL'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export const CONTACT_KINDS = ['MAILBOX', 'PHONE_LINE', 'DESK', 'SPOC', 'WEB_FORM'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/** Kinds of personal data an information-sharing agreement covers. */
export const DATA_CATEGORIES = [
  'IDENTITY_DATA',
  'ADDRESS_DATA',
  'PERMIT_DATA',
  'COMPANY_DATA',
  'FINANCIAL_DATA',
  'INSPECTION_FINDINGS',
  'POLICE_DATA',
  'TAX_DATA',
  'SOCIAL_SECURITY_DATA',
  'VICTIM_DATA',
] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

/** How far a partner's reach is, nearest first. */
export const SCOPES = ['LOCAL', 'REGIONAL', 'NATIONAL', 'CROSS_BORDER'] as const;
export type Scope = (typeof SCOPES)[number];

/** What a caller wants from the call; the first call of an answer is chosen for it. */
export const CALLER_NEEDS = [
  'SIGNAL',
  'ADVICE',
  'INSPECTION',
  'ENFORCEMENT',
  'VICTIM_SUPPORT',
] as const;
export type CallerNeed = (typeof CALLER_NEEDS)[number];

/** How well a contact's role fits the caller's need, best first (the first call's first criterion). */
export const ROLE_FITS = ['NEED', 'RELATED', 'NONE'] as const;
export type RoleFit = (typeof ROLE_FITS)[number];

/** What a staff member says is wrong with a contact they report. */
export const STAFF_REPORT_REASONS = [
  'LEFT_ORGANISATION',
  'WRONG_NUMBER',
  'WRONG_ROLE',
  'OTHER',
] as const;
/** Every reason a report in the queue has: the staff's, and a contact's own proposal (mail link). */
export const REPORT_REASONS = [...STAFF_REPORT_REASONS, 'PROPOSAL'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/** The kinds of node the network view shows (the API's GraphNodeType), in the legend's order. */
export const GRAPH_NODE_TYPES = [
  'Organisation',
  'OrgUnit',
  'ContactPoint',
  'Person',
  'Barrier',
  'Region',
  'LegalBasis',
  'Measure',
  'Network',
  'Indicator',
  'ExploitationForm',
  'Sector',
  'Document',
] as const;
export type GraphNodeType = (typeof GRAPH_NODE_TYPES)[number];

/**
 * The kinds of ties a shortest path in the network view may use (the API's GraphLinkKind); the
 * path query maps each to its relationship types, so a reader picks among a fixed list and never
 * names a relationship type. Listed in the order the path form shows them.
 */
export const PATH_LINK_KINDS = [
  'AGREEMENT',
  'COUNTERPART',
  'STRUCTURE',
  'NETWORK',
  'GEOGRAPHY',
] as const;
export type PathLinkKind = (typeof PATH_LINK_KINDS)[number];
/** Without a choice, a path uses every kind but cooperation networks. */
export const DEFAULT_PATH_LINK_KINDS: readonly PathLinkKind[] = PATH_LINK_KINDS.filter(
  (kind) => kind !== 'NETWORK',
);
