/**
 * The coordinator screens' own texts: the `coordinate` namespace of the app's i18n, loaded with
 * these screens (never in the first bundle), in the language the user chose in the header. The
 * shared words (roles, organisation types, countries…) still come from the app's catalogue
 * through `t`.
 */
import { useMemo } from 'react';
import { namespace, type PluralOf, useI18n, useText as useNamespace } from '../../../lib/i18n';
import type { CoordinateKey } from './nl';

export const COORDINATE = namespace<CoordinateKey>('coordinate', {
  NL: async () => (await import('./nl')).nl,
  FR: async () => (await import('./fr')).fr,
  EN: async () => (await import('./en')).en,
});

/** Keys that come in `.one` / `.other` pairs. */
export type CoordinatePluralKey = PluralOf<CoordinateKey>;

export function useText() {
  const i18n = useI18n();
  const { t: ct, tn: ctn, has } = useNamespace(COORDINATE);
  return useMemo(() => {
    const moments = new Intl.DateTimeFormat(i18n.locale, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
    /** An ISO moment in the reader's language and time zone. */
    const formatMoment = (iso: string) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : moments.format(date);
    };
    return { ...i18n, ct, ctn, has, formatMoment };
  }, [i18n, ct, ctn, has]);
}

export type Text = ReturnType<typeof useText>;
