/** Every query the app sends is valid against schema.graphql, the API contract. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, test } from 'vitest';
import { DOCUMENT_LIMITS } from '../../../shared/api-limits';
import { ME } from '../features/auth/api/me';
import { SIGN_IN } from '../features/auth/api/sign-in';
import { SIGN_OUT } from '../features/auth/api/sign-out';
import { BARRIER } from '../features/barriers/api/barrier';
import { CONTACT } from '../features/contacts/api/contact';
import { MUNICIPALITY_BARRIERS } from '../features/municipalities/api/municipality-barriers';
import {
  MAX_BARRIERS,
  municipalityOverviewDocument,
} from '../features/municipalities/api/municipality-overview';
import { ORGANISATION } from '../features/organisations/api/organisation';
import { SEARCH } from '../features/search/api/search';
import { SEARCH_SIGNALS } from '../features/who-to-call/api/picker-search';
import { WHO_TO_CALL } from '../features/who-to-call/api/who-to-call';
import { WHO_TO_CALL_OPTIONS } from '../features/who-to-call/api/who-to-call-options';
import { CONTACT_REPORT_MARKERS, REPORT_CONTACT } from './contact-reports';
import { type DocumentNode, documentText } from './documents';
import { SEARCH_PLACES } from './place-search';

/** The schema's own rules and the API's limit on aliases (every spread of a fragment counts). */
const rules = [...specifiedRules, maxAliasesRule({ n: DOCUMENT_LIMITS.aliases })];

const schema = buildSchema(readFileSync(path.resolve('schema.graphql'), 'utf8'));

const documents: Record<string, DocumentNode> = {
  ME,
  SIGN_IN,
  SIGN_OUT,
  BARRIER,
  CONTACT,
  CONTACT_REPORT_MARKERS,
  REPORT_CONTACT,
  MUNICIPALITY_BARRIERS,
  ORGANISATION,
  SEARCH,
  SEARCH_PLACES,
  SEARCH_SIGNALS,
  WHO_TO_CALL,
  WHO_TO_CALL_OPTIONS,
  MUNICIPALITY_OVERVIEW_6: municipalityOverviewDocument(6),
  MUNICIPALITY_OVERVIEW_MAX: municipalityOverviewDocument(MAX_BARRIERS),
};

describe('client operations', () => {
  test.each(Object.entries(documents))(
    "%s is valid against schema.graphql and within the API's limits",
    (_name, document) => {
      expect(validate(schema, parse(documentText(document)), rules).map((e) => e.message)).toEqual(
        [],
      );
    },
  );

  test('the municipality overview asks whoToCall once per barrier, within the alias limit', () => {
    const text = documentText(municipalityOverviewDocument(6));
    expect(text.match(/whoToCall\(/g)).toHaveLength(6);
    expect(text).toContain('$b5: String!');
    expect(documentText(municipalityOverviewDocument(99)).match(/whoToCall\(/g)).toHaveLength(
      MAX_BARRIERS,
    );
    expect(MAX_BARRIERS).toBeLessThanOrEqual(DOCUMENT_LIMITS.aliases);
  });
});
