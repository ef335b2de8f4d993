import { Neo4jError } from 'neo4j-driver';
import { expect, test } from 'vitest';
import { mapDriverError } from '../../server/src/db/database';

const code = (error: unknown) =>
  (error as { extensions?: { code?: string } }).extensions?.code ?? 'UNMAPPED';

test('a database that cannot answer in time is DATABASE_UNAVAILABLE, like one that is down', () => {
  const cases: [string, string][] = [
    ['Could not perform discovery', 'ServiceUnavailable'],
    ['Connection acquisition timed out in 5000 ms. Pool status: Active conn count = 100', 'N/A'],
    [
      'The transaction has been terminated: it exceeded its timeout',
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
    ],
    ['Timed out', 'Neo.ClientError.Transaction.TransactionTimedOut'],
    ['Database is unavailable', 'Neo.TransientError.General.DatabaseUnavailable'],
  ];
  for (const [message, driverCode] of cases) {
    expect(code(mapDriverError(new Neo4jError(message, driverCode, '', ''))), driverCode).toBe(
      'DATABASE_UNAVAILABLE',
    );
  }
});

test('a query mistake stays an internal error, and a taken name a duplicate', () => {
  expect(
    code(
      mapDriverError(
        new Neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError', '', ''),
      ),
    ),
  ).toBe('UNMAPPED');
  const duplicate = mapDriverError(
    new Neo4jError(
      "Node(12) already exists with label `Organisation` and property `name` = 'Stad Genk'",
      'Neo.ClientError.Schema.ConstraintValidationFailed',
      '',
      '',
    ),
  );
  expect(code(duplicate)).toBe('DUPLICATE');
  expect((duplicate as Error).message).toBe(
    'An organisation with this name already exists: Stad Genk',
  );
});
