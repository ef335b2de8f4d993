/** The browser's checks are the server's rules (shared/rules/), read per form field. */
import { describe, expect, test } from 'vitest';
import { email, optional, required, url } from '../../../../../shared/rules/common';
import { tieEnd } from '../../../../../shared/rules/person';
import { phone, phoneIn } from '../../../../../shared/rules/phone';
import { CONTACT_POINT_CHECKS, ORGANISATION_CHECKS, PERSON_CHECKS } from './forms';
import { checkValue, isIsoDate, toE164, validate } from './validation';

describe('phone numbers', () => {
  test.each([
    ['+32 2 555 01 23', '+3225550123'],
    ['0032 89 65 44 11', '+3289654411'],
    ['+32 470 12 34 56', '+32470123456'],
    ['+31 20 799 0000', '+31207990000'],
    ['(+31) 6-1234 5678', '+31612345678'],
    ['+49 30 1234567', '+49301234567'],
  ])('%s is %s', (raw, e164) => {
    expect(toE164(raw)).toBe(e164);
  });

  // As people write them: a Belgian or Dutch number without country code, in any grouping.
  test.each([
    ['089 12 34 56', '+3289123456'],
    ['089/12.34.56', '+3289123456'],
    ['0470 12 34 56', '+32470123456'],
    ['02 555 01 23', '+3225550123'],
    ['06 12345678', '+31612345678'],
    ['020 123 4567', '+31201234567'],
    ['013-555 0001', '+31135550001'],
  ])('%s, written without country code, is %s', (raw, e164) => {
    expect(toE164(raw)).toBe(e164);
    expect(phone.parse(raw)).toBe(e164);
  });

  test("the organisation's country is tried first; a number valid only elsewhere still fits", () => {
    expect(toE164('089 12 34 56', 'NL')).toBe('+3289123456');
    expect(toE164('06 12345678', 'BE')).toBe('+31612345678');
    expect(phoneIn('NL').parse('020 123 4567')).toBe('+31201234567');
  });

  test.each(['12345', '+32 12', '+31 20 799 00', '+3212345678901', 'call me', '0470 12 34', '0'])(
    '%s is refused',
    (raw) => {
      expect(toE164(raw)).toBeNull();
      expect(checkValue(optional(phone), raw)?.code).toBe('invalid_phone');
    },
  );
});

describe('fields', () => {
  test('required, lengths and control characters of one-line texts', () => {
    const name = ORGANISATION_CHECKS.name;
    if (!name) throw new Error('the organisation form has a name');
    expect(checkValue(name, '   ')?.code).toBe('required');
    expect(checkValue(name, 'A')).toEqual({ code: 'too_short', params: { min: 2 } });
    expect(checkValue(name, 'x'.repeat(201))).toEqual({ code: 'too_long', params: { max: 200 } });
    expect(checkValue(name, 'Stad\u200BGenk')?.code).toBe('control_characters');
    expect(checkValue(name, '  Stad Genk  ')).toBeNull();
  });

  test('e-mail addresses', () => {
    expect(checkValue(optional(email), '')).toBeNull();
    expect(checkValue(required(email), '')?.code).toBe('required');
    expect(checkValue(optional(email), 'team@genk.example.be')).toBeNull();
    for (const bad of ['pieter@venlo', 'no at sign', 'a..b@example.org', '.a@example.org'])
      expect(checkValue(optional(email), bad)?.code, bad).toBe('invalid_email');
  });

  test('web addresses start with http(s)', () => {
    expect(checkValue(optional(url), 'https://www.genk.be')).toBeNull();
    expect(checkValue(optional(url), 'www.genk.be')?.code).toBe('invalid_url');
    expect(checkValue(optional(url), 'ftp://genk.be')?.code).toBe('invalid_url');
  });

  test('dates are real and in order', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('29/02/2024')).toBe(false);
    const end = (values: Record<string, unknown>) => tieEnd(String(values.since ?? ''));
    expect(checkValue(end, '2024-01-01', { since: '2024-03-01' })?.code).toBe('dates_out_of_order');
    expect(checkValue(end, '2024-03-01', { since: '2024-03-01' })).toBeNull();
    expect(checkValue(end, '')?.code).toBe('required');
  });

  test('a form reports every problem at once, in field order', () => {
    const problems = validate(CONTACT_POINT_CHECKS, {
      nameNl: '',
      email: 'pieter@venlo',
      phone: '12345',
      hoursNl: 'x'.repeat(121),
    });
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ['nameNl', 'required'],
      ['email', 'invalid_email'],
      ['phone', 'invalid_phone'],
      ['hoursNl', 'too_long'],
    ]);
    expect(validate(PERSON_CHECKS, { firstName: 'Eva', lastName: 'Voorbeeld' })).toEqual([]);
  });
});
