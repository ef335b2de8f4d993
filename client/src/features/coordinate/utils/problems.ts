/** A client-side problem as a sentence in the user's language. */
import type { CoordinateKey } from '../i18n/nl';
import type { Text } from '../i18n/use-text';
import type { Problem } from './validation';

export function problemMessage(text: Pick<Text, 'ct'>, problem: Omit<Problem, 'field'>): string {
  return text.ct(`problem.${problem.code}` as CoordinateKey, problem.params);
}
