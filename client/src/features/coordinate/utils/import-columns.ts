/**
 * Where an import problem or change sits, as the import format names it: the column itself
 * ("email"), one value of a `|` list ("coverage.0" → the column and the value's position, from 1)
 * or the whole row.
 */
export type ColumnPlace =
  | { kind: 'column'; column: string }
  | { kind: 'item'; column: string; position: number }
  | { kind: 'row' };

export function columnPlace(field: string): ColumnPlace {
  if (field === 'row') return { kind: 'row' };
  const item = /^([a-z_]+)\.(\d{1,4})$/.exec(field);
  if (item?.[1] && item[2] !== undefined)
    return { kind: 'item', column: item[1], position: Number(item[2]) + 1 };
  return { kind: 'column', column: field };
}
