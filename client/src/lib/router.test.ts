import { describe, expect, test } from 'vitest';
import { matchPath } from './router';

describe('matching a path', () => {
  test('reads and decodes :params', () => {
    expect(matchPath('/organisation/:id', '/organisation/org-stad-genk')).toEqual({
      id: 'org-stad-genk',
    });
    expect(matchPath('/barrier/:code', '/barrier/HOUSING/')).toEqual({ code: 'HOUSING' });
    expect(matchPath('/contact/:id', '/contact/cp%2Fx')).toEqual({ id: 'cp/x' });
    expect(matchPath('/', '/')).toEqual({});
  });

  test('does not match other shapes', () => {
    expect(matchPath('/organisation/:id', '/organisation')).toBeNull();
    expect(matchPath('/organisation/:id', '/contact/x')).toBeNull();
    expect(matchPath('/contact/:id', '/contact/%E0%A4%A')).toBeNull();
  });
});
