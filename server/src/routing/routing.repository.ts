/** Who to call: the ranked answer for a barrier in a region, in one query. */
import type { Database } from '../db/database';
import type { Role } from '../shared/codes';
import { type WhoToCallQuery, type WhoToCallRow, whoToCall } from './routing.queries';

export type { Scope, WhoToCallQuery, WhoToCallRow } from './routing.queries';

/**
 * With a form of exploitation asked, the partners that record only other forms come last in the
 * query and are counted in this many extra rows, so that the answer can say who was left out.
 */
const LEFT_OUT_ROOM = 25;

/** Roles from most to least able to act on a signal: the tie-breaker at equal distance. */
export const ROLE_ORDER: Role[] = [
  'ADMIN_ENFORCE',
  'INSPECT',
  'SCREEN',
  'COORDINATE',
  'INVESTIGATE',
  'PROSECUTE',
  'ADVISE',
  'SUPPORT_VICTIM',
  'REFER',
  'INFORMATION_HOLDER',
  'SIGNAL',
];

export class RoutingRepository {
  constructor(private readonly db: Database) {}

  whoToCall(q: WhoToCallQuery): Promise<WhoToCallRow[]> {
    return this.db.read(whoToCall, {
      ...q,
      roleOrder: ROLE_ORDER,
      limit: this.db.int(q.limit + (q.formCode ? LEFT_OUT_ROOM : 0)),
    });
  }
}
