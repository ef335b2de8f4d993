/** Enums and small shapes of schema.graphql that several features show. */

export type Role =
  | 'SIGNAL'
  | 'INFORMATION_HOLDER'
  | 'ADVISE'
  | 'INSPECT'
  | 'ADMIN_ENFORCE'
  | 'SCREEN'
  | 'INVESTIGATE'
  | 'PROSECUTE'
  | 'SUPPORT_VICTIM'
  | 'REFER'
  | 'COORDINATE';

/** The roles in the order the barrier model lists them. */
export const ROLES: readonly Role[] = [
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
];

export type Scope = 'LOCAL' | 'REGIONAL' | 'NATIONAL' | 'CROSS_BORDER';
export const SCOPES: readonly Scope[] = ['LOCAL', 'REGIONAL', 'NATIONAL', 'CROSS_BORDER'];

export type Priority = 'PRIMARY' | 'BACKUP';

/** What a caller wants from the call; the first call of an answer is chosen for it. */
export type CallerNeed = 'SIGNAL' | 'ADVICE' | 'INSPECTION' | 'ENFORCEMENT' | 'VICTIM_SUPPORT';
export const CALLER_NEEDS: readonly CallerNeed[] = [
  'SIGNAL',
  'ADVICE',
  'INSPECTION',
  'ENFORCEMENT',
  'VICTIM_SUPPORT',
];
export type RoleFit = 'NEED' | 'RELATED' | 'NONE';
export type Country = 'BE' | 'NL';

export type OrganisationType =
  | 'BANK'
  | 'BORDER_POLICE'
  | 'EXPERTISE_CENTRE'
  | 'FINANCIAL_INTELLIGENCE'
  | 'IMMIGRATION'
  | 'LABOUR_INSPECTION'
  | 'MONITORING'
  | 'MUNICIPALITY'
  | 'OTHER'
  | 'POLICE'
  | 'PROSECUTION'
  | 'RESEARCH'
  | 'SCREENING'
  | 'SOCIAL_SERVICE'
  | 'TAX'
  | 'VICTIM_SUPPORT';

export type ContactKind = 'DESK' | 'MAILBOX' | 'PHONE_LINE' | 'SPOC' | 'WEB_FORM';
export type IndicatorKind = 'ADMINISTRATIVE' | 'BEHAVIOURAL' | 'FINANCIAL';
export type RegionType =
  | 'ARRONDISSEMENT'
  | 'COUNTRY'
  | 'MUNICIPALITY'
  | 'POLICE_ZONE'
  | 'PROVINCE'
  | 'RIEC_REGION'
  | 'SAFETY_REGION';

export type DataCategory =
  | 'IDENTITY_DATA'
  | 'ADDRESS_DATA'
  | 'PERMIT_DATA'
  | 'COMPANY_DATA'
  | 'FINANCIAL_DATA'
  | 'INSPECTION_FINDINGS'
  | 'POLICE_DATA'
  | 'TAX_DATA'
  | 'SOCIAL_SECURITY_DATA'
  | 'VICTIM_DATA';

export type SearchType =
  | 'ORGANISATION'
  | 'ORG_UNIT'
  | 'CONTACT_POINT'
  | 'PERSON'
  | 'INDICATOR'
  | 'MEASURE';

export interface LegalBasisSummary {
  id: string;
  code: string;
  name: string;
  citation: string | null;
}

export interface AgreementSummary {
  id: string;
  mutual: boolean;
  crossBorder: boolean;
  dataCategories: string[];
  conditions: string | null;
  from: { id: string; name: string };
  to: { id: string; name: string };
  legalBases: LegalBasisSummary[];
}
