/** Problems as sentences on fields: the browser's own (by code) and the server's (its message). */
import type { ApiError } from '../../../lib/graphql';
import type { CoordinateKey } from '../i18n/nl';
import type { Text } from '../i18n/use-text';
import type { Problem } from './validation';

export interface FieldMessage {
  field: string;
  message: string;
}

/** A client-side problem as a sentence in the user's language. */
export function problemMessage(text: Pick<Text, 'ct'>, problem: Omit<Problem, 'field'>): string {
  return text.ct(`problem.${problem.code}` as CoordinateKey, problem.params);
}

/**
 * The server's verdict on the fields of a form, or null when the error is not about fields. Its
 * field paths ("responsibilities.1.priority", "coverage.0") land on the form field that holds
 * them (by default the first segment); its messages are already in the user's language.
 */
export function serverProblems(
  error: ApiError,
  duplicateMessage: string,
  fieldOf: (serverField: string) => string = (field) => field.split('.')[0] ?? field,
): FieldMessage[] | null {
  if (error.code === 'BAD_USER_INPUT' && error.details.fieldErrors?.length) {
    const seen = new Set<string>();
    return error.details.fieldErrors.flatMap((problem) => {
      const field = fieldOf(problem.field);
      const key = `${field}\u0000${problem.message}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [{ field, message: problem.message }];
    });
  }
  if (error.code === 'DUPLICATE' && error.details.field)
    return [{ field: error.details.field, message: duplicateMessage }];
  return null;
}
