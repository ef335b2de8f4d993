/** Coordinators' changes to contacts and their verification (staff's reports: report.schema.ts). */
import { builder } from '../builder';
import { ContactKindEnum } from '../shared/codes.schema';
import { ResponsibilityInput, TranslatedTextInput } from '../shared/inputs.schema';
import { ContactRef } from './contact.schema';
import {
  addPersonTie,
  confirmContact,
  createContactPoint,
  createPerson,
  endPersonTie,
  setContactResponsibilities,
  setContactStatus,
  updateContactPoint,
  updatePerson,
} from './contact.use-cases';

const ContactPointInput = builder.inputType('ContactPointInput', {
  fields: (t) => ({
    ownerId: t.id({ required: true, description: 'The organisation or unit it belongs to.' }),
    name: t.field({ type: TranslatedTextInput, required: true }),
    kind: t.field({ type: ContactKindEnum, required: true }),
    email: t.string(),
    phone: t.string(),
    hours: t.field({ type: TranslatedTextInput }),
    languages: t.stringList(),
    exploitationForms: t.stringList({
      description: 'Codes of the forms of exploitation it handles; none (or []) means every form.',
    }),
  }),
});
const ContactPointPatch = builder.inputType('ContactPointPatch', {
  fields: (t) => ({
    name: t.field({ type: TranslatedTextInput }),
    kind: t.field({ type: ContactKindEnum }),
    email: t.string(),
    phone: t.string(),
    hours: t.field({ type: TranslatedTextInput }),
    languages: t.stringList(),
    exploitationForms: t.stringList({
      description: 'Codes of the forms of exploitation it handles; none (or []) means every form.',
    }),
  }),
});
const PersonInput = builder.inputType('PersonInput', {
  fields: (t) => ({
    firstName: t.string({ required: true }),
    lastName: t.string({ required: true }),
    email: t.string(),
    phone: t.string(),
    languages: t.stringList(),
    workplaceId: t.id({ required: true, description: 'The organisation or unit they work at.' }),
    function: t.string(),
    from: t.field({ type: 'Date' }),
    exploitationForms: t.stringList({
      description: 'Codes of the forms of exploitation it handles; none (or []) means every form.',
    }),
  }),
});
const PersonPatch = builder.inputType('PersonPatch', {
  fields: (t) => ({
    firstName: t.string(),
    lastName: t.string(),
    email: t.string(),
    phone: t.string(),
    languages: t.stringList(),
    exploitationForms: t.stringList({
      description: 'Codes of the forms of exploitation it handles; none (or []) means every form.',
    }),
  }),
});

builder.mutationFields((t) => ({
  createContactPoint: t.field({
    type: ContactRef,
    authScopes: { editor: true },
    args: { input: t.arg({ type: ContactPointInput, required: true }) },
    resolve: (_root, { input }, ctx) => createContactPoint(ctx, input),
  }),
  updateContactPoint: t.field({
    type: ContactRef,
    authScopes: { editor: true },
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      patch: t.arg({ type: ContactPointPatch, required: true }),
    },
    resolve: (_root, { id, version, patch }, ctx) => updateContactPoint(ctx, id, version, patch),
  }),
  createPerson: t.field({
    type: ContactRef,
    authScopes: { editor: true },
    description: 'A contact person and their tie to an organisation or unit (personal data).',
    args: { input: t.arg({ type: PersonInput, required: true }) },
    resolve: (_root, { input }, ctx) => createPerson(ctx, input),
  }),
  updatePerson: t.field({
    type: ContactRef,
    authScopes: { editor: true },
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      patch: t.arg({ type: PersonPatch, required: true }),
    },
    resolve: (_root, { id, version, patch }, ctx) => updatePerson(ctx, id, version, patch),
  }),
  endPersonTie: t.field({
    type: ContactRef,
    authScopes: { editor: true },
    description:
      'The person left: their tie ends on `to`; history is kept, who-to-call stops offering them.',
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      to: t.arg({ type: 'Date', required: true }),
      workplaceId: t.arg.id({
        description:
          'Only the tie to this organisation or unit (they work elsewhere too); every running tie when left out.',
      }),
    },
    resolve: (_root, args, ctx) => endPersonTie(ctx, args),
  }),
  addPersonTie: t.field({
    type: ContactRef,
    authScopes: { editor: true },
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      workplaceId: t.arg.id({ required: true }),
      function: t.arg.string(),
      from: t.arg({ type: 'Date', required: true }),
    },
    resolve: (_root, args, ctx) => addPersonTie(ctx, args),
  }),
  setContactResponsibilities: t.field({
    type: ContactRef,
    authScopes: { editor: true },
    description:
      'Replaces what the contact is the one to call for (barrier, role, primary or backup).',
    args: {
      id: t.arg.id({ required: true }),
      version: t.arg.int({ required: true }),
      responsibilities: t.arg({ type: [ResponsibilityInput], required: true }),
    },
    resolve: (_root, { id, version, responsibilities }, ctx) =>
      setContactResponsibilities(ctx, id, version, responsibilities),
  }),
  archiveContact: contactStatus(t, 'ARCHIVED'),
  restoreContact: contactStatus(t, 'ACTIVE'),
  confirmContact: t.field({
    type: ContactRef,
    authScopes: (_parent, args) => ({ editorOf: [args.id] }),
    description: 'Still correct: sets the last-verified date to today.',
    args: { id: t.arg.id({ required: true }), version: t.arg.int({ required: true }) },
    resolve: (_root, { id, version }, ctx) => confirmContact(ctx, id, version),
  }),
}));

type MutationFields = Parameters<Parameters<typeof builder.mutationFields>[0]>[0];

function contactStatus(t: MutationFields, status: 'ACTIVE' | 'ARCHIVED') {
  return t.field({
    type: ContactRef,
    authScopes: (_parent, args) => ({ editorOf: [args.id] }),
    description:
      status === 'ARCHIVED'
        ? 'Archives a contact: kept in history, gone from who-to-call.'
        : 'Restores an archived contact.',
    args: { id: t.arg.id({ required: true }), version: t.arg.int({ required: true }) },
    resolve: (_root, { id, version }, ctx) => setContactStatus(ctx, id, version, status),
  });
}
