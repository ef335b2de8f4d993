/** Information sharing: agreements between organisations and the legal bases they rest on. */
import { builder } from '../builder';
import { OrganisationRef, organisationLinks } from '../organisations/organisation.schema';
import { loadAll, loadOne } from '../repositories';
import { pick } from '../shared/language';
import { langArgs } from '../shared/language.schema';
import type { AgreementRow, LegalBasisRow } from './sharing.repository';

export const LegalBasisRef = builder.objectRef<LegalBasisRow>('LegalBasis');
export const SharingAgreementRef = builder.objectRef<AgreementRow>('SharingAgreement');

LegalBasisRef.implement({
  description: 'A law, decree, treaty or covenant that allows an instrument or a data exchange.',
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code'),
    name: t.string({ args: langArgs, resolve: (l, { lang }) => pick(l, 'name', lang) ?? l.code }),
    citation: t.exposeString('citation', { nullable: true }),
    jurisdiction: t.exposeString('jurisdiction', {
      nullable: true,
      description: 'BE, NL, BENELUX or EU.',
    }),
    summary: t.string({
      nullable: true,
      args: langArgs,
      resolve: (l, { lang }) => pick(l, 'summary', lang),
    }),
  }),
});

SharingAgreementRef.implement({
  description: 'Information may flow from one organisation to another (both ways when mutual).',
  fields: (t) => ({
    id: t.exposeID('id'),
    from: t.field({
      type: OrganisationRef,
      resolve: (a, _args, { loaders }) => loadOne(loaders.organisation, a.fromId),
    }),
    to: t.field({
      type: OrganisationRef,
      resolve: (a, _args, { loaders }) => loadOne(loaders.organisation, a.toId),
    }),
    mutual: t.exposeBoolean('mutual'),
    status: t.string({
      description: 'ACTIVE, or ARCHIVED once it no longer applies.',
      resolve: (a) => a.status ?? 'ACTIVE',
    }),
    version: t.int({ resolve: (a) => a.version ?? 1 }),
    crossBorder: t.exposeBoolean('crossBorder'),
    dataCategories: t.exposeStringList('dataCategories'),
    conditions: t.string({
      nullable: true,
      args: langArgs,
      resolve: (a, { lang }) => pick(a, 'conditions', lang),
    }),
    legalBases: t.field({
      type: [LegalBasisRef],
      resolve: (a, _args, { loaders }) => loadAll(loaders.legalBasis, a.legalBasisIds),
    }),
  }),
});

// The sharing feature owns the organisation's edge to its agreements.
builder.objectField(OrganisationRef, 'agreements', (t) =>
  t.field({
    type: [SharingAgreementRef],
    description: 'Information-sharing agreements it is a party to.',
    resolve: async (o, _a, { loaders }) =>
      loadAll(loaders.agreement, (await organisationLinks(o, loaders)).agreementIds),
  }),
);
