/** Date (YYYY-MM-DD) and DateTime (ISO-8601, UTC) travel as strings. */
import { GraphQLError } from 'graphql';
import { builder } from '../builder';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

builder.scalarType('Date', {
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (value) => String(value),
  parseValue: (value) => {
    if (typeof value !== 'string' || !DATE.test(value) || Number.isNaN(Date.parse(value))) {
      throw new GraphQLError('Expected a date as YYYY-MM-DD');
    }
    return value;
  },
});

builder.scalarType('DateTime', {
  description: 'A moment in time, ISO-8601 in UTC.',
  serialize: (value) => String(value),
  parseValue: (value) => {
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
      throw new GraphQLError('Expected an ISO-8601 date and time');
    }
    return new Date(value).toISOString();
  },
});
