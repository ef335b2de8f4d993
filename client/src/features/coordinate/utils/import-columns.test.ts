/** Import problems name the column of the import format, a value's position from 1, or the row. */
import { expect, test } from 'vitest';
import { columnPlace } from './import-columns';

test('a list value is its column and its position counted from 1', () => {
  expect(columnPlace('coverage.0')).toEqual({ kind: 'item', column: 'coverage', position: 1 });
  expect(columnPlace('responsibilities.2')).toEqual({
    kind: 'item',
    column: 'responsibilities',
    position: 3,
  });
});

test('a column stays its name; the row is the row', () => {
  expect(columnPlace('organisation_type')).toEqual({ kind: 'column', column: 'organisation_type' });
  expect(columnPlace('row')).toEqual({ kind: 'row' });
});
