/** Names of stored fields in the user's language ("descriptionFr" → "Beschrijving (Frans)"). */
import { useCallback } from 'react';
import { type CoordinateKey, nl } from '../i18n/nl';
import { useText } from '../i18n/use-text';

const LANGUAGE_OF: Record<string, CoordinateKey> = {
  Nl: 'lang.nl',
  Fr: 'lang.fr',
  En: 'lang.en',
};

export function useFieldLabel() {
  const { ct } = useText();
  return useCallback(
    (field: string) => {
      const key = `field.${field}` as CoordinateKey;
      if (key in nl) return ct(key);
      const translated = /^(.+)(Nl|Fr|En)$/.exec(field);
      if (translated) {
        const base = `field.${translated[1]}` as CoordinateKey;
        const language = LANGUAGE_OF[translated[2] ?? ''];
        if (base in nl && language) return `${ct(base)} (${ct(language)})`;
      }
      return field;
    },
    [ct],
  );
}
