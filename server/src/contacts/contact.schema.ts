/** Contacts: functional contact points (public) and contact persons (signed-in users only). */
import { canSeePersonalData, PERSONAL_DATA } from '../auth/personal-data';
import { BarrierRef } from '../barriers/barrier.schema';
import { builder } from '../builder';
import { UserError } from '../errors';
import {
  OrganisationRef,
  OrgUnitRef,
  organisationLinks,
  unitLinks,
} from '../organisations/organisation.schema';
import { type Loaders, loadAll, loadOne } from '../repositories';
import { ContactKindEnum, PriorityEnum, RoleEnum } from '../shared/codes.schema';
import { pick } from '../shared/language';
import { langArgs } from '../shared/language.schema';
import { isStale } from '../shared/verification';
import type {
  ContactPointRefRow,
  ContactPointRow,
  PersonRow,
  Responsibility,
} from './contact.repository';

type ContactRow = ContactPointRefRow | ContactPointRow | PersonRow;
/** A full row, or a contact point's own fields (a search hit): its links load on demand. */
export const ContactRef = builder.interfaceRef<ContactRow>('Contact');
export const ContactPointRef = builder.objectRef<ContactPointRefRow | ContactPointRow>(
  'ContactPoint',
);
export const PersonRef = builder.objectRef<PersonRow>('Person');

const ResponsibilityRef = builder.objectRef<Responsibility>('Responsibility').implement({
  description: 'What a contact is the one to call for: a barrier, a role, first or as backup.',
  fields: (t) => ({
    barrier: t.field({
      type: BarrierRef,
      resolve: (r, _a, { loaders }) => loadOne(loaders.barrierByCode, r.barrierCode),
    }),
    role: t.expose('role', { type: RoleEnum, nullable: true }),
    priority: t.field({ type: PriorityEnum, resolve: (r) => r.priority ?? 'BACKUP' }),
  }),
});

const isPerson = (row: ContactRow): row is PersonRow => 'firstName' in row;

/** The contact's owner and responsibilities: a full row has them, a search hit loads them. */
async function links(c: ContactRow, loaders: Loaders) {
  return 'responsibilities' in c ? c : loadOne(loaders.contactPoint, c.id);
}

ContactRef.implement({
  description: 'Someone or something to call: a contact point, or (signed in) a person.',
  resolveType: (row) => (isPerson(row) ? 'Person' : 'ContactPoint'),
  fields: (t) => ({
    id: t.exposeID('id'),
    email: t.exposeString('email', { nullable: true }),
    phone: t.exposeString('phone', { nullable: true, description: 'E.164, e.g. +3225550123.' }),
    languages: t.stringList({ resolve: (c) => c.languages ?? [] }),
    lastVerifiedAt: t.expose('lastVerifiedAt', { type: 'Date', nullable: true }),
    stale: t.boolean({
      description: 'Not verified within the configured period (12 months by default).',
      resolve: (c, _a, { settings }) => isStale(c.lastVerifiedAt, settings.verificationMonths),
    }),
    organisation: t.field({
      type: OrganisationRef,
      nullable: true,
      resolve: async (c, _a, { loaders }) => {
        const { organisationId } = await links(c, loaders);
        return organisationId ? loaders.organisation.load(organisationId) : null;
      },
    }),
    unit: t.field({
      type: OrgUnitRef,
      nullable: true,
      resolve: async (c, _a, { loaders }) => {
        const { unitId } = await links(c, loaders);
        return unitId ? loaders.unit.load(unitId) : null;
      },
    }),
    responsibilities: t.field({
      type: [ResponsibilityRef],
      resolve: async (c, _a, { loaders }) => (await links(c, loaders)).responsibilities,
    }),
    status: t.string({ description: 'ACTIVE or ARCHIVED.', resolve: (c) => c.status ?? 'ACTIVE' }),
    version: t.int({
      description: 'Name it when you change the contact (CONFLICT when stale).',
      resolve: (c) => (c as { version?: number }).version ?? 1,
    }),
  }),
});

// The contact feature owns the edges from organisations and units to their contacts.
builder.objectFields(OrganisationRef, (t) => ({
  contactPoints: t.field({
    type: [ContactPointRef],
    description: 'Functional contact points of the organisation and its units.',
    resolve: async (o, _a, { loaders }) =>
      loadAll(loaders.contactPoint, (await organisationLinks(o, loaders)).contactPointIds),
  }),
  people: t.field({
    type: [PersonRef],
    description: 'Contact persons working there now; empty unless signed in.',
    resolve: async (o, _a, ctx) =>
      canSeePersonalData(ctx)
        ? loadAll(ctx.loaders.person, (await organisationLinks(o, ctx.loaders)).personIds)
        : [],
  }),
}));

builder.objectFields(OrgUnitRef, (t) => ({
  contactPoints: t.field({
    type: [ContactPointRef],
    resolve: async (u, _a, { loaders }) =>
      loadAll(loaders.contactPoint, (await unitLinks(u, loaders)).contactPointIds),
  }),
  people: t.field({
    type: [PersonRef],
    description: 'Contact persons working there now; empty unless signed in.',
    resolve: async (u, _a, ctx) =>
      canSeePersonalData(ctx)
        ? loadAll(ctx.loaders.person, (await unitLinks(u, ctx.loaders)).personIds)
        : [],
  }),
}));

ContactPointRef.implement({
  interfaces: [ContactRef],
  isTypeOf: (row) => typeof row === 'object' && row !== null && !('firstName' in row),
  description: 'A functional contact: a team mailbox, a SPOC line, a desk.',
  fields: (t) => ({
    name: t.string({ args: langArgs, resolve: (c, { lang }) => pick(c, 'name', lang) ?? c.id }),
    kind: t.expose('kind', { type: ContactKindEnum }),
    hours: t.string({
      nullable: true,
      args: langArgs,
      resolve: (c, { lang }) => pick(c, 'hours', lang),
    }),
  }),
});

PersonRef.implement({
  ...PERSONAL_DATA,
  interfaces: [ContactRef],
  isTypeOf: (row) => typeof row === 'object' && row !== null && 'firstName' in row,
  description: 'A contact person. Personal data: only signed-in users see persons.',
  fields: (t) => ({
    firstName: t.exposeString('firstName'),
    lastName: t.exposeString('lastName'),
    name: t.string({ resolve: (p) => `${p.firstName} ${p.lastName}` }),
    function: t.exposeString('function', { nullable: true }),
    since: t.expose('since', { type: 'Date', nullable: true }),
  }),
});

builder.queryField('contact', (t) =>
  t.field({
    type: ContactRef,
    nullable: true,
    description: 'A contact point, or (signed in) a person.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      if (id.startsWith('person-')) {
        if (!canSeePersonalData(ctx)) {
          throw new UserError('UNAUTHENTICATED', 'Sign in to see contact persons');
        }
        return ctx.loaders.person.load(id);
      }
      return ctx.loaders.contactPoint.load(id);
    },
  }),
);
