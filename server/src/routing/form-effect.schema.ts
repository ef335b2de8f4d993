/** whoToCall's formEffect: what choosing a form of exploitation changed in the answer. */
import { ExploitationFormRef } from '../barriers/barrier.schema';
import { builder } from '../builder';
import { OrganisationRef } from '../organisations/organisation.schema';
import type { FormEffect } from './form-effect';
import { WhoToCallAnswerRef } from './routing.schema';

const FormEffectRef = builder.objectRef<FormEffect>('FormEffect').implement({
  description:
    'Partners that record forms of exploitation handle only those; without any, every form.',
  fields: (t) => ({
    form: t.field({
      type: ExploitationFormRef,
      resolve: async (e, _a, { loaders }) => {
        const forms = (await loaders.referenceLists.load('all')).forms;
        const form = forms.find((f) => f.code === e.formCode);
        if (!form) throw new Error(`form ${e.formCode} is gone`);
        return form;
      },
    }),
    shownFirst: t.field({
      type: [OrganisationRef],
      description: 'Partners in the answer that handle the form: first in their scope.',
      resolve: (e) => e.shownFirst.map((r) => r.organisation),
    }),
    leftOut: t.field({
      type: [OrganisationRef],
      description: 'Partners that would be in the answer but handle only other forms.',
      resolve: (e) => e.leftOut.map((r) => r.organisation),
    }),
    contactsLeftOut: t.exposeInt('contactsLeftOut', {
      description: 'Contacts of the partners shown that handle only other forms.',
    }),
  }),
});

builder.objectField(WhoToCallAnswerRef, 'formEffect', (t) =>
  t.field({
    type: FormEffectRef,
    nullable: true,
    description: 'Null when no form of exploitation was chosen.',
    resolve: (a) => a.formEffect,
  }),
);
