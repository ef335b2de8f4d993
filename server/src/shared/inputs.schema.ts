/** Input types shared by the mutations of several features. */
import { builder } from '../builder';
import { PriorityEnum, RoleEnum } from './codes.schema';

export const TranslatedTextInput = builder.inputType('TranslatedTextInput', {
  description:
    'A text in Dutch, French and English; leave a language out to keep it, empty to clear it.',
  fields: (t) => ({
    nl: t.string(),
    fr: t.string(),
    en: t.string(),
  }),
});

export const BarrierRoleInput = builder.inputType('BarrierRoleInput', {
  fields: (t) => ({
    barrier: t.string({ required: true, description: 'Barrier code, e.g. HOUSING.' }),
    role: t.field({ type: RoleEnum, required: true }),
  }),
});

export const ResponsibilityInput = builder.inputType('ResponsibilityInput', {
  fields: (t) => ({
    barrier: t.string({ required: true, description: 'Barrier code, e.g. HOUSING.' }),
    role: t.field({ type: RoleEnum, required: true }),
    priority: t.field({ type: PriorityEnum, required: true }),
  }),
});

/** `{ nl, fr, en }` as the stored `<field>Nl/Fr/En` properties (undefined = untouched). */
export function translatedProps(
  field: string,
  value: { nl?: string | null; fr?: string | null; en?: string | null } | null | undefined,
): Record<string, string | null | undefined> {
  if (!value) return {};
  return { [`${field}Nl`]: value.nl, [`${field}Fr`]: value.fr, [`${field}En`]: value.en };
}
