/** Codes of the domain model shared by several features (see cypher/MODEL.md). */

export const COUNTRIES = ['BE', 'NL'] as const;
export type Country = (typeof COUNTRIES)[number];

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
