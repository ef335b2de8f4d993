import { describe, expect, test } from 'vitest';
import { formatPhone } from './phone';
import { filterByText, fold } from './text';

describe('phone numbers', () => {
  test('Belgian and Dutch numbers are grouped as people write them', () => {
    expect(formatPhone('+3211555000')).toBe('+32 11 55 50 00');
    expect(formatPhone('+3225550123')).toBe('+32 2 555 01 23');
    expect(formatPhone('+32475123456')).toBe('+32 475 12 34 56');
    expect(formatPhone('+31207990018')).toBe('+31 20 799 0018');
    expect(formatPhone('+31612345678')).toBe('+31 6 1234 5678');
    expect(formatPhone('+31135550123')).toBe('+31 135 550 123');
  });

  test('anything else is left readable', () => {
    expect(formatPhone('+4930123456')).toBe('+4930123456');
  });
});

describe('matching typed text', () => {
  const places = ["'s-Hertogenbosch", 'Genk', 'Sint-Truiden', 'Hasselt', 'Liège'];

  test('accents, apostrophes and case do not matter', () => {
    expect(fold("'s-Hertogenbosch")).toBe('s-hertogenbosch');
    expect(filterByText(places, 'liege', (p) => p)).toEqual(['Liège']);
    expect(filterByText(places, 'hertog', (p) => p)).toEqual(["'s-Hertogenbosch"]);
  });

  test('names that start with the text come first', () => {
    expect(filterByText(places, 'tr', (p) => p)).toEqual(['Sint-Truiden']);
    expect(filterByText(['Halen', 'Hasselt', 'Diepenbeek-Hasselt'], 'hass', (p) => p)).toEqual([
      'Hasselt',
      'Diepenbeek-Hasselt',
    ]);
  });
});
