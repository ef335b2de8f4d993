/** From form values to the API's input: only what changed, translated texts per language. */
import { describe, expect, test } from 'vitest';
import {
  contactPointInput,
  contactPointPatch,
  normaliseReach,
  organisationInput,
  organisationPatch,
  organisationValues,
  translated,
} from './forms';

describe('patches', () => {
  test('an organisation patch holds the changed fields only; an emptied field is cleared', () => {
    const values = organisationValues({
      name: ' Stad Genk ',
      shortName: '',
      website: 'https://www.genk.be',
      descriptionFr: 'Ville',
      type: 'MUNICIPALITY',
    });
    expect(organisationPatch(values, ['name', 'shortName', 'descriptionFr'])).toEqual({
      name: 'Stad Genk',
      shortName: '',
      description: { fr: 'Ville' },
    });
    expect(organisationPatch(values, [])).toEqual({});
  });

  test('translated texts: one key per changed language', () => {
    expect(translated({ hoursNl: 'ma', hoursEn: ' Mon ' }, 'hours', ['hoursEn'])).toEqual({
      en: 'Mon',
    });
    expect(translated({}, 'hours', ['nameNl'])).toBeUndefined();
  });

  test('a new organisation and contact point send what is filled in', () => {
    expect(
      organisationInput(
        {
          name: 'Testgemeente',
          shortName: '',
          type: 'MUNICIPALITY',
          country: 'BE',
          website: '',
          descriptionNl: 'Een test',
        },
        ['region-mun-genk'],
      ),
    ).toEqual({
      name: 'Testgemeente',
      shortName: undefined,
      type: 'MUNICIPALITY',
      country: 'BE',
      website: undefined,
      description: { nl: 'Een test' },
      coverage: ['region-mun-genk'],
    });
    expect(
      contactPointInput(
        { kind: 'SPOC', nameNl: 'Meldpunt', phone: '+32 89 55 50 99', languages: ['nl'] },
        'org-x',
      ),
    ).toMatchObject({
      ownerId: 'org-x',
      kind: 'SPOC',
      name: { nl: 'Meldpunt' },
      phone: '+32 89 55 50 99',
    });
    expect(
      contactPointPatch({ phone: '+32 89 55 50 99', nameFr: 'Point' }, ['phone', 'nameFr']),
    ).toEqual({
      phone: '+32 89 55 50 99',
      name: { fr: 'Point' },
    });
  });

  test('phone and e-mail are compared as the server stores them', () => {
    expect(normaliseReach({ phone: '0032 89 555099', email: ' Team@Genk.example.be ' })).toEqual({
      phone: '+32 89 55 50 99',
      email: 'team@genk.example.be',
    });
  });
});
