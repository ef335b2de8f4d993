/**
 * The network view's texts: the `graph` namespace of the app's i18n, loaded with the view's lazy
 * route in the reader's language.
 */
import { useMemo } from 'react';
import type { MessageKey } from '../../../i18n/nl';
import { namespace, type Params, useI18n, useText } from '../../../lib/i18n';
import type { GraphTextKey } from './nl';

export const GRAPH = namespace<GraphTextKey>('graph', {
  NL: async () => (await import('./nl')).nl,
  FR: async () => (await import('./fr')).fr,
  EN: async () => (await import('./en')).en,
});

export type GraphTranslate = (key: GraphTextKey, params?: Params) => string;

/** Names of the domain's codes in the reader's language. */
export interface GraphNames {
  nodeType: (type: string) => string;
  edgeType: (type: string) => string;
  edgeGroup: (type: string) => string;
  role: (role: string) => string;
  country: (country: string) => string;
  dataCategory: (category: string) => string;
  /** Organisation or region type, contact kind, or nothing. */
  subtype: (type: string, subtype: string | null) => string | null;
}

/** The view's texts in the reader's language, plus names of codes from the app's catalogues. */
export function useGraphText() {
  const i18n = useI18n();
  const { t } = i18n;
  const { t: g, has } = useText(GRAPH);
  return useMemo(() => {
    const own = (key: string, fallback: string) => (has(key) ? g(key) : fallback);
    const shared = (key: string, fallback: string) => {
      const text = t(key as MessageKey);
      return text === key ? fallback : text;
    };
    const names: GraphNames = {
      nodeType: (type) => own(`node.${type}`, type),
      edgeType: (type) => own(`edge.${type}`, type.toLowerCase().replace(/_/g, ' ')),
      edgeGroup: (type) => own(`edges.${type}`, type),
      role: (role) => shared(`role.${role}`, role),
      country: (country) => shared(`country.${country}`, country),
      dataCategory: (category) => shared(`dataCategory.${category}`, category),
      subtype: (type, subtype) => {
        if (!subtype) return null;
        if (type === 'Organisation') return shared(`orgType.${subtype}`, subtype);
        if (type === 'Region') return shared(`regionType.${subtype}`, subtype);
        if (type === 'ContactPoint') return shared(`contactKind.${subtype}`, subtype);
        return null;
      },
    };
    return { ...i18n, g, names };
  }, [i18n, t, g, has]);
}
