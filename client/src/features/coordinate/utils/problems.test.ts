/** The server's field errors land on the form's fields, in the language the server wrote them in. */
import { expect, test } from 'vitest';
import { ApiError } from '../../../lib/graphql';
import { serverProblems } from './problems';

test('field paths land on the field that holds them; messages are kept as they are', () => {
  const error = new ApiError('BAD_USER_INPUT', 'De invoer bevat 3 fout(en)', {
    fieldErrors: [
      { field: 'phone', code: 'invalid_phone', message: 'Geen geldig telefoonnummer' },
      { field: 'coverage.0', code: 'unknown_reference', message: 'Bestaat niet (meer)' },
      { field: 'coverage.2', code: 'unknown_reference', message: 'Bestaat niet (meer)' },
    ],
  });
  expect(serverProblems(error, 'dubbel')).toEqual([
    { field: 'phone', message: 'Geen geldig telefoonnummer' },
    { field: 'coverage', message: 'Bestaat niet (meer)' },
  ]);
  expect(serverProblems(error, 'dubbel', () => 'responsibilities')).toHaveLength(2);
});

test('a taken value is a problem of its field; other errors are not about fields', () => {
  expect(
    serverProblems(new ApiError('DUPLICATE', 'taken', { field: 'name' }), 'Bestaat al'),
  ).toEqual([{ field: 'name', message: 'Bestaat al' }]);
  expect(serverProblems(new ApiError('FORBIDDEN', 'no'), 'x')).toBeNull();
  expect(serverProblems(new ApiError('BAD_USER_INPUT', 'checksum'), 'x')).toBeNull();
});
