/**
 * The coordinator screens' own texts, in the language the user chose in the header. They live
 * apart from the staff app's catalogues (which stay small for the first load); the shared words
 * (roles, organisation types, countries…) still come from there through `t`.
 */
import { useMemo } from 'react';
import { format, type Params, useI18n } from '../../../lib/i18n';
import { en } from './en';
import { fr } from './fr';
import { type CoordinateKey, nl } from './nl';

const CATALOGUES = { NL: nl, FR: fr, EN: en } as const;

/** Keys that come in `.one` / `.other` pairs. */
export type CoordinatePluralKey = {
  [K in CoordinateKey]: K extends `${infer Base}.one`
    ? `${Base}.other` extends CoordinateKey
      ? Base
      : never
    : never;
}[CoordinateKey];

export function useText() {
  const i18n = useI18n();
  return useMemo(() => {
    const messages = CATALOGUES[i18n.lang];
    const rules = new Intl.PluralRules(i18n.locale);
    const ct = (key: CoordinateKey, params?: Params) =>
      format(messages[key] ?? nl[key] ?? key, params);
    const ctn = (key: CoordinatePluralKey, count: number, params?: Params) =>
      ct(`${key}.${rules.select(count) === 'one' ? 'one' : 'other'}` as CoordinateKey, {
        count,
        ...params,
      });
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
    return { ...i18n, ct, ctn, formatMoment };
  }, [i18n]);
}

export type Text = ReturnType<typeof useText>;
