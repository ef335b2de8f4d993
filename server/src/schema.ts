/** The GraphQL schema: each feature's schema file adds its types, queries and mutations. */
import { builder } from './builder';
import './shared/language.schema';
import './shared/codes.schema';
import './shared/scalars.schema';
import './barriers/barrier.schema';
import './indicators/indicator.schema';
import './measures/measure.schema';
import './sharing/sharing.schema';
import './regions/region.schema';
import './organisations/organisation.schema';
import './contacts/contact.schema';
import './auth/auth.schema';
import './routing/routing.schema';
import './search/search.schema';
import './search/pickers.schema';
import './graph/graph.schema';
import './organisations/organisation.mutations';
import './contacts/contact.mutations';
import './contacts/report.schema';
import './contacts/verification.schema';
import './sharing/sharing.mutations';
import './auth/users.schema';
import './reference/reference.mutations';
import './vocabulary/vocabulary.schema';
import './audit/audit.schema';
import './transfer/transfer.schema';

export const schema = builder.toSchema();
