/** Names of stored fields in the user's language ("descriptionFr" → "Beschrijving (Frans)"). */
import { useCallback } from 'react';
import type { CoordinateKey } from '../i18n/nl';
import { useText } from '../i18n/use-text';

const LANGUAGE_OF: Record<string, CoordinateKey> = {
  Nl: 'lang.nl',
  Fr: 'lang.fr',
  En: 'lang.en',
};

export function useFieldLabel() {
  const { ct, has } = useText();
  return useCallback(
    (field: string) => {
      const key = `field.${field}` as CoordinateKey;
      if (has(key)) return ct(key);
      const translated = /^(.+)(Nl|Fr|En)$/.exec(field);
      if (translated) {
        const base = `field.${translated[1]}` as CoordinateKey;
        const language = LANGUAGE_OF[translated[2] ?? ''];
        if (has(base) && language) return `${ct(base)} (${ct(language)})`;
      }
      return field;
    },
    [ct, has],
  );
}
