/** The Language enum and the `name(lang:)` argument every translated field takes. */
import { builder } from '../builder';
import { LANGUAGES } from './language';

export const LanguageEnum = builder.enumType('Language', {
  description: 'Dutch (default), French or English.',
  values: LANGUAGES,
});

/** The `lang` argument every translated field takes. */
export const langArgs = builder.args((t) => ({
  lang: t.field({ type: LanguageEnum, required: true, defaultValue: 'NL' }),
}));
