/** Audit values as words: "from what to what" a coordinator can read. */
import { expect, test } from 'vitest';
import { auditValue } from '../../shared/audit-format';

const words = (code: string) =>
  ({ ADMIN_ENFORCE: 'Bestuurlijk handhaven', PRIMARY: 'Eerst', MUNICIPALITY: 'Gemeente' })[code] ??
  null;

test('texts stay texts, codes become words, lists are joined', () => {
  expect(auditValue(null)).toBe('');
  expect(auditValue('"https://www.genk.be"', words)).toBe('https://www.genk.be');
  expect(auditValue('"MUNICIPALITY"', words)).toBe('Gemeente');
  expect(auditValue('"HOUSING"', words)).toBe('HOUSING');
  expect(auditValue('["nl","fr"]', words)).toBe('nl, fr');
  expect(auditValue('7', words)).toBe('7');
});

test('roles and responsibilities read as barrier · role · order', () => {
  expect(auditValue('["HOUSING:ADMIN_ENFORCE:PRIMARY"]', words)).toBe(
    'HOUSING · Bestuurlijk handhaven · Eerst',
  );
  expect(auditValue('[{"barrier":"WORK","role":"ADMIN_ENFORCE"}]', words)).toBe(
    'WORK · Bestuurlijk handhaven',
  );
});

test('text that is not JSON is shown as it is', () => {
  expect(auditValue('not json')).toBe('not json');
});
