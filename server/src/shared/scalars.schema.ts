/** Date (YYYY-MM-DD) and DateTime (ISO-8601, UTC) travel as strings. */

import { builder } from '../builder';
import { UserError } from '../errors';
import { isCalendarDate } from './validation';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

// A scalar is parsed before the request's context exists, so these messages are in English; the
// `problem` names the same message as the NL/FR/EN catalogue (shared/messages.ts) for clients.
function checkDay(value: string): void {
  if (!isCalendarDate(value.slice(0, 10))) {
    throw new UserError(
      'BAD_USER_INPUT',
      `The date ${value.slice(0, 10)} does not exist (the month has no such day)`,
      { problem: 'date_does_not_exist' },
    );
  }
}

builder.scalarType('Date', {
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (value) => String(value),
  parseValue: (value) => {
    if (typeof value !== 'string' || !DATE.test(value)) {
      throw new UserError('BAD_USER_INPUT', 'Expected a date as YYYY-MM-DD', {
        problem: 'invalid_date',
      });
    }
    checkDay(value);
    return value;
  },
});

builder.scalarType('DateTime', {
  description: 'A moment in time, ISO-8601 in UTC.',
  serialize: (value) => String(value),
  parseValue: (value) => {
    if (
      typeof value !== 'string' ||
      !DATE.test(value.slice(0, 10)) ||
      Number.isNaN(Date.parse(value))
    ) {
      throw new UserError('BAD_USER_INPUT', 'Expected an ISO-8601 date and time', {
        problem: 'invalid_date',
      });
    }
    checkDay(value);
    return new Date(value).toISOString();
  },
});
