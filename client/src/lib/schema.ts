/**
 * The schema's enums as types (from the introspection gql.tada reads, client/src/graphql-env.d.ts)
 * and the ordered lists the screens show, taken from shared/codes.ts. tsc checks that each list
 * holds exactly the schema's values: a value added on the server fails the client's build.
 */
import * as codes from '../../../shared/codes';
import type { introspection_types } from '../graphql-env';

/** The values of one enum of schema.graphql. */
export type SchemaEnum<Name extends keyof introspection_types> = introspection_types[Name] extends {
  enumValues: infer Values;
}
  ? Values
  : never;

export type Role = SchemaEnum<'Role'>;
export type Scope = SchemaEnum<'Scope'>;
export type Priority = SchemaEnum<'Priority'>;
export type CallerNeed = SchemaEnum<'CallerNeed'>;
export type RoleFit = SchemaEnum<'RoleFit'>;
export type Country = SchemaEnum<'Country'>;
export type OrganisationType = SchemaEnum<'OrganisationType'>;
export type ContactKind = SchemaEnum<'ContactKind'>;
export type IndicatorKind = SchemaEnum<'IndicatorKind'>;
export type RegionType = SchemaEnum<'RegionType'>;
export type DataCategory = SchemaEnum<'DataCategory'>;
export type SearchType = SchemaEnum<'SearchType'>;
export type ReportReason = SchemaEnum<'ContactReportReason'>;
export type LinkKind = SchemaEnum<'GraphLinkKind'>;
export type GraphNodeType = SchemaEnum<'GraphNodeType'>;
export type Language = SchemaEnum<'Language'>;
export type UserRole = SchemaEnum<'UserRole'>;

/** A list that holds every value of `All` and nothing else (order is the list's own). */
type Complete<List extends readonly unknown[], All> = [All] extends [List[number]]
  ? [List[number]] extends [All]
    ? List
    : never
  : never;

function complete<All>() {
  return <const List extends readonly All[]>(list: Complete<List, All>): readonly All[] => list;
}

/** The roles in the order the barrier model lists them. */
export const ROLES = complete<Role>()(codes.ROLES);
/** Scopes, nearest first. */
export const SCOPES = complete<Scope>()(codes.SCOPES);
export const CALLER_NEEDS = complete<CallerNeed>()(codes.CALLER_NEEDS);
export const ORGANISATION_TYPES = complete<OrganisationType>()(codes.ORGANISATION_TYPES);
export const DATA_CATEGORIES = complete<DataCategory>()(codes.DATA_CATEGORIES);
/** What can be wrong with a contact, in the order the report form offers them. */
export const REPORT_REASONS = complete<ReportReason>()(codes.REPORT_REASONS);
/** What staff can choose in the report form: a PROPOSAL comes only from the contact's own link. */
export const STAFF_REPORT_REASONS: readonly ReportReason[] = codes.STAFF_REPORT_REASONS;
/** The kinds of ties a shortest path may use, in the order the path form lists them. */
export const PATH_LINK_KINDS = complete<LinkKind>()(codes.PATH_LINK_KINDS);
export const COUNTRIES = complete<Country>()(codes.COUNTRIES);
/** The kinds of node the network view shows, in the legend's order. */
export const GRAPH_NODE_TYPES = complete<GraphNodeType>()(codes.GRAPH_NODE_TYPES);
/** The interface's languages, Dutch first. */
export const LANGUAGES = complete<Language>()(codes.LANGUAGES);
/** Account roles, from least to most. */
export const USER_ROLES = complete<UserRole>()(codes.USER_ROLES);
export const CONTACT_KINDS = complete<ContactKind>()(codes.CONTACT_KINDS);
/** The kinds of indicators, in the order the manual and a barrier's page group them. */
export const INDICATOR_KINDS = complete<IndicatorKind>()(codes.INDICATOR_KINDS);
