/**
 * What a CONFLICT may show of an entity: its stored properties that the API itself exposes, as
 * the fields of its GraphQL type (a `name(lang)` field is stored as nameNl, nameFr, nameEn), plus
 * the `version` that every update mutation takes. Internal properties (the search text `context`,
 * lock markers, creation stamps, stored shapes the API does not expose) never leave the server.
 * A kind missing here shows only its version. Checked against the schema in
 * test/server/error-payloads.test.ts.
 */
const inEachLanguage = (...fields: string[]) =>
  fields.flatMap((f) => [`${f}Nl`, `${f}Fr`, `${f}En`]);

export const PUBLIC_STATE: Readonly<Record<string, readonly string[]>> = {
  Organisation: [
    'id',
    'name',
    'shortName',
    'type',
    'country',
    'website',
    'status',
    'exploitationForms',
    ...inEachLanguage('description'),
  ],
  ContactPoint: [
    'id',
    'kind',
    'email',
    'phone',
    'languages',
    'lastVerifiedAt',
    'status',
    'exploitationForms',
    ...inEachLanguage('name', 'hours'),
  ],
  // Personal data: only editors in scope reach a version check (the scope is checked first).
  Person: [
    'id',
    'firstName',
    'lastName',
    'email',
    'phone',
    'languages',
    'lastVerifiedAt',
    'status',
    'exploitationForms',
  ],
  OrgUnit: ['id', ...inEachLanguage('name', 'description')],
  SharingAgreement: [
    'id',
    'mutual',
    'crossBorder',
    'dataCategories',
    ...inEachLanguage('conditions'),
  ],
  Measure: ['id', 'code', ...inEachLanguage('name', 'description')],
  Indicator: ['id', 'code', 'kind', ...inEachLanguage('name', 'description', 'synonyms')],
  Sector: ['id', 'code', ...inEachLanguage('name', 'synonyms')],
  ExploitationForm: ['id', 'code', ...inEachLanguage('name', 'synonyms')],
  Network: ['id', 'code', ...inEachLanguage('name', 'description')],
  Region: ['id', 'code', 'type', 'country', ...inEachLanguage('name')],
  // Its texts are exposed as ScenarioText objects (title { nl fr en }), its questions as a list.
  AuthoredScenario: ['id', 'status', 'barrierCode'],
};

/** The stored state of an entity of kind `label`, reduced to what the API exposes. */
export function publicState(
  label: string,
  stored: Record<string, unknown>,
): Record<string, unknown> {
  const fields = [...(PUBLIC_STATE[label] ?? []), 'version'];
  return Object.fromEntries(fields.filter((f) => f in stored).map((f) => [f, stored[f]]));
}
