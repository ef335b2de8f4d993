/** The manual's texts: the `manual` namespace, loaded with the manual's lazy route. */
import { namespace, useText } from '../../../lib/i18n';
import type { ManualTextKey } from './nl';

export const MANUAL_NS = namespace<ManualTextKey>('manual', {
  NL: async () => (await import('./nl')).nl,
  FR: async () => (await import('./fr')).fr,
  EN: async () => (await import('./en')).en,
});

export function useManualText() {
  return useText(MANUAL_NS);
}
