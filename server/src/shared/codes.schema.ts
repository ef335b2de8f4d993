/** GraphQL enums for the codes of the domain model. */
import { builder } from '../builder';
import {
  CONTACT_KINDS,
  COUNTRIES,
  INDICATOR_KINDS,
  ORGANISATION_TYPES,
  PRIORITIES,
  REGION_TYPES,
  ROLES,
  STATUSES,
} from './codes';

/**
 * An enum's values with a description each, in the order of the code list: a code without a
 * description (or a description without a code) is a compile error.
 */
export function describedValues<Code extends string>(
  codes: readonly Code[],
  descriptions: Record<Code, string>,
): Record<Code, { description: string }> {
  return Object.fromEntries(
    codes.map((code) => [code, { description: descriptions[code] }]),
  ) as Record<Code, { description: string }>;
}

export const CountryEnum = builder.enumType('Country', {
  description: 'Belgium or the Netherlands.',
  values: COUNTRIES,
});

export const OrganisationTypeEnum = builder.enumType('OrganisationType', {
  values: ORGANISATION_TYPES,
});

export const StatusEnum = builder.enumType('Status', {
  description: 'Archived entries keep their history but are no longer offered in who-to-call.',
  values: STATUSES,
});

export const RoleEnum = builder.enumType('Role', {
  description: 'What a partner can do at a barrier.',
  values: ROLES,
});

export const PriorityEnum = builder.enumType('Priority', {
  description: 'Call the primary contact first; the backups when it does not answer.',
  values: PRIORITIES,
});

export const RegionTypeEnum = builder.enumType('RegionType', { values: REGION_TYPES });

export const IndicatorKindEnum = builder.enumType('IndicatorKind', { values: INDICATOR_KINDS });

export const ContactKindEnum = builder.enumType('ContactKind', {
  description: 'The kind of functional contact point.',
  values: CONTACT_KINDS,
});
