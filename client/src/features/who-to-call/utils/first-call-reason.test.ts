import { describe, expect, test } from 'vitest';
import { en } from '../../../i18n/en';
import { fr } from '../../../i18n/fr';
import { type MessageKey, nl } from '../../../i18n/nl';
import { format, type Params } from '../../../lib/i18n';
import type { FirstCall } from '../api/who-to-call';
import { firstCallReason, monthsSince } from './first-call-reason';

const translator =
  (messages: Record<string, string>) =>
  (key: MessageKey, params?: Params): string =>
    format(messages[key] ?? key, params);

const TODAY = new Date(2026, 11, 4); // 4 December 2026, local time

const reason = (over: Partial<FirstCall['reason']> = {}): Pick<FirstCall, 'reason'> => ({
  reason: {
    need: 'SIGNAL',
    roleFit: 'NEED',
    role: 'SIGNAL',
    scope: 'LOCAL',
    coveredRegion: { id: 'region-mun-genk', name: 'Genk', type: 'MUNICIPALITY' },
    via: null,
    priority: 'PRIMARY',
    verifiedAt: '2026-09-01',
    stale: false,
    ...over,
  },
});

describe('the one-line reason of a first call', () => {
  test('role at the barrier, coverage, primary or backup and verification, in three languages', () => {
    expect(firstCallReason(reason(), translator(en), 'Work and exploitation', TODAY)).toBe(
      'Signals at Work and exploitation, covers Genk; first contact; verified 3 months ago',
    );
    expect(firstCallReason(reason(), translator(nl), 'Werk en exploitatie', TODAY)).toBe(
      'Signaleert bij Werk en exploitatie, bevoegd voor Genk; eerste contact; 3 maanden geleden gecontroleerd',
    );
    expect(firstCallReason(reason(), translator(fr), 'Travail et exploitation', TODAY)).toBe(
      'Signale à la barrière Travail et exploitation, compétent pour Genk ; premier contact ; vérifié il y a 3 mois',
    );
  });

  test('a stale backup across the border says whose counterpart it is and to check the number', () => {
    const text = firstCallReason(
      reason({
        role: 'INSPECT',
        scope: 'CROSS_BORDER',
        coveredRegion: null,
        via: { id: 'org-x', name: 'RSZ ECOSOC' },
        priority: 'BACKUP',
        verifiedAt: '2025-08-26',
        stale: true,
      }),
      translator(en),
      'Work',
      TODAY,
    );
    expect(text).toBe(
      'Inspects at Work, across the border, counterpart of RSZ ECOSOC; backup contact; not verified for 15 months: check the number',
    );
  });

  test('national coverage, this month, never verified', () => {
    const t = translator(en);
    expect(
      firstCallReason(reason({ scope: 'NATIONAL', verifiedAt: '2026-12-01' }), t, 'Work', TODAY),
    ).toBe('Signals at Work, covers the whole country; first contact; verified this month');
    expect(firstCallReason(reason({ verifiedAt: null, stale: true }), t, 'Work', TODAY)).toMatch(
      /; never verified: check the number$/,
    );
  });

  test('months are whole calendar months', () => {
    expect(monthsSince('2026-11-04', TODAY)).toBe(1);
    expect(monthsSince('2026-11-05', TODAY)).toBe(0);
    expect(monthsSince('2025-12-03', TODAY)).toBe(12);
    expect(monthsSince('2025-12-28', TODAY)).toBe(11);
  });
});
