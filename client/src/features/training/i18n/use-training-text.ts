/** The training's texts: the `training` namespace, loaded with the training's lazy routes. */
import { namespace, useText } from '../../../lib/i18n';
import type { TrainingTextKey } from './nl';

export const TRAINING_NS = namespace<TrainingTextKey>('training', {
  NL: async () => (await import('./nl')).nl,
  FR: async () => (await import('./fr')).fr,
  EN: async () => (await import('./en')).en,
});

export function useTrainingText() {
  return useText(TRAINING_NS);
}
