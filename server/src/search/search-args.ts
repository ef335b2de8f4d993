/** The arguments every search takes (the header search and the pickers), checked one way. */
import { SEARCH_LIMITS } from '../../../shared/api-limits';
import { UserError } from '../errors';

/** Refuses a `first` outside 1 to 50 and a query longer than 200 characters. */
export function checkSearchArgs(query: string, first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > SEARCH_LIMITS.first) {
    throw new UserError('BAD_USER_INPUT', `first must be between 1 and ${SEARCH_LIMITS.first}`, {
      field: 'first',
    });
  }
  if (query.length > SEARCH_LIMITS.max) {
    throw new UserError('BAD_USER_INPUT', `query is longer than ${SEARCH_LIMITS.max} characters`, {
      field: 'query',
    });
  }
}
