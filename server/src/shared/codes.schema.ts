/** Enumerations of the domain model shared by several features (see cypher/MODEL.md). */
import { builder } from '../builder';

export const COUNTRIES = ['BE', 'NL'] as const;
export const CountryEnum = builder.enumType('Country', {
  description: 'Belgium or the Netherlands.',
  values: COUNTRIES,
});

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
export const OrganisationTypeEnum = builder.enumType('OrganisationType', {
  values: ORGANISATION_TYPES,
});

export const STATUSES = ['ACTIVE', 'ARCHIVED'] as const;
export const StatusEnum = builder.enumType('Status', {
  description: 'Archived entries keep their history but are no longer offered in who-to-call.',
  values: STATUSES,
});
