/**
 * The forms of exploitation a partner or contact handles (`exploitationForms`, codes). The barrier
 * feature owns the forms, so organisations and contacts need not know them. None recorded means
 * every form; who-to-call uses them when a form is chosen (routing/form-effect.ts).
 */
import { builder } from '../builder';
import { ContactRef } from '../contacts/contact.schema';
import { OrganisationRef } from '../organisations/organisation.schema';
import type { Loaders } from '../repositories';
import { ExploitationFormRef } from './barrier.schema';

/** The form rows of some codes, in the order of the reference list. */
async function formsOf(codes: readonly string[] | null | undefined, loaders: Loaders) {
  if (!codes?.length) return [];
  return (await loaders.referenceLists.load('all')).forms.filter((f) => codes.includes(f.code));
}

const description = 'The forms of exploitation it handles; empty means every form (none recorded).';

builder.objectField(OrganisationRef, 'exploitationForms', (t) =>
  t.field({
    type: [ExploitationFormRef],
    description,
    resolve: (o, _a, { loaders }) => formsOf(o.exploitationForms, loaders),
  }),
);

builder.interfaceField(ContactRef, 'exploitationForms', (t) =>
  t.field({
    type: [ExploitationFormRef],
    description,
    resolve: (c, _a, { loaders }) => formsOf(c.exploitationForms, loaders),
  }),
);
