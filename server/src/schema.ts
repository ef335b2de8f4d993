/** The GraphQL schema: each feature's schema file adds its types, queries and mutations. */
import { builder } from './builder';
import './shared/language.schema';
import './shared/codes.schema';
import './barriers/barrier.schema';
import './organisations/organisation.schema';

export const schema = builder.toSchema();
