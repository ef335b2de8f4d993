/** Coordinators' changes to information-sharing agreements: the fields; the work is in sharing.use-cases.ts. */
import { builder } from '../builder';
import { DATA_CATEGORIES } from '../shared/codes';
import { TranslatedTextInput } from '../shared/inputs.schema';
import { SharingAgreementRef } from './sharing.schema';
import { createAgreement, endAgreement, updateAgreement } from './sharing.use-cases';

const DataCategoryEnum = builder.enumType('DataCategory', { values: DATA_CATEGORIES });

const AgreementInput = builder.inputType('SharingAgreementInput', {
  fields: (t) => ({
    fromId: t.id({ required: true, description: 'The organisation that shares.' }),
    toId: t.id({ required: true, description: 'The organisation that receives.' }),
    mutual: t.boolean({ defaultValue: false }),
    dataCategories: t.field({ type: [DataCategoryEnum], required: true }),
    legalBasisIds: t.idList({ required: true }),
    conditions: t.field({ type: TranslatedTextInput }),
  }),
});

const AgreementPatch = builder.inputType('SharingAgreementPatch', {
  fields: (t) => ({
    mutual: t.boolean(),
    dataCategories: t.field({ type: [DataCategoryEnum] }),
    legalBasisIds: t.idList(),
    conditions: t.field({ type: TranslatedTextInput }),
  }),
});

builder.mutationFields((t) => ({
  createSharingAgreement: t.field({
    type: SharingAgreementRef,
    authScopes: { editor: true },
    description:
      'Records that one organisation may share data with another, and on which legal basis.',
    args: { input: t.arg({ type: AgreementInput, required: true }) },
    resolve: (_root, { input }, ctx) => createAgreement(ctx, input),
  }),
  updateSharingAgreement: t.field({
    type: SharingAgreementRef,
    authScopes: { editor: true },
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      patch: t.arg({ type: AgreementPatch, required: true }),
    },
    resolve: (_root, { id, version, patch }, ctx) => updateAgreement(ctx, id, version, patch),
  }),
  endSharingAgreement: t.field({
    type: SharingAgreementRef,
    authScopes: { editor: true },
    description:
      'The agreement no longer applies: kept in history, no longer shown as a basis for sharing.',
    args: { id: t.arg.id({ required: true }), version: t.arg.int({ required: true }) },
    resolve: (_root, { id, version }, ctx) => endAgreement(ctx, id, version),
  }),
}));
