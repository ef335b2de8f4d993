/**
 * Forms of exploitation that mean something: partners and contacts record the forms they handle,
 * and choosing a form in who-to-call re-ranks and filters the answer and says what changed.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphql } from '../../client/src/lib/documents';
import { applyFormEffect } from '../../server/src/routing/form-effect';
import type { WhoToCallRow } from '../../server/src/routing/routing.repository';
import { createTestApp, type TestApp } from '../support/app';
import { createUser, removeTestUsers, type TestUser } from '../support/users';

const WHO = graphql(`query($input: WhoToCallInput!) { whoToCall(input: $input) {
  entries { rank scope organisation { id name exploitationForms { code } }
    contacts { contact { id exploitationForms { code } } } }
  formEffect { form { code name } shownFirst { id name } leftOut { id name } contactsLeftOut } } }`);

let t: TestApp;
let staff: TestUser;
let coordinator: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  staff = await createUser(t, 'STAFF', { organisationId: 'org-stad-genk' });
  coordinator = await createUser(t, 'COORDINATOR', { scopeRegionIds: ['region-be'] });
});
afterAll(async () => {
  await removeTestUsers(t);
  await t.close();
});

async function whoToCall(form?: string, lang?: string) {
  const body = await t.gql(
    WHO,
    { input: { barrier: 'WORK', region: 'region-mun-genk', exploitationForm: form } },
    { ...staff.headers, ...(lang ? { 'accept-language': lang } : {}) },
  );
  expect(body.errors).toBeUndefined();
  return body.data!.whoToCall;
}

const ids = (entries: { organisation: { id: string } }[]) => entries.map((e) => e.organisation.id);

describe('choosing a form of exploitation (Work, Genk)', () => {
  test('sexual exploitation: the labour inspectors and the labour prosecutor are left out, the victim centres come first among the national partners, the vice squad first at the police zone', async () => {
    const all = await whoToCall();
    const sexual = await whoToCall('SEXUAL');
    expect(all.formEffect).toBeNull();
    const effect = sexual.formEffect!;
    expect(effect.form.code).toBe('SEXUAL');

    // Left out: exactly the partners of the full answer that record only labour exploitation
    // (and social fraud): the inspections of both countries and the labour prosecutor.
    expect(effect.leftOut.map((o) => o.name).sort()).toEqual([
      'Arbeidsauditoraat Antwerpen',
      'Nederlandse Arbeidsinspectie',
      'Rijksdienst voor Sociale Zekerheid - Inspectie (ECOSOC)',
      'Toezicht op de Sociale Wetten',
    ]);
    expect(ids(sexual.entries).sort()).toEqual(
      ids(all.entries)
        .filter((id) => !effect.leftOut.some((o) => o.id === id))
        .sort(),
    );

    // Shown first: the national victim centres, ahead of every other national partner.
    const national = sexual.entries.filter((e) => e.scope === 'NATIONAL');
    const centres = ['org-payoke', 'org-pag-asa', 'org-surya', 'org-esperanto'];
    expect(ids(national.slice(0, centres.length)).sort()).toEqual([...centres].sort());
    expect(effect.shownFirst.map((o) => o.id).sort()).toEqual(
      sexual.entries
        .filter((e) => e.organisation.exploitationForms.some((f) => f.code === 'SEXUAL'))
        .map((e) => e.organisation.id)
        .sort(),
    );
    // Without a form those centres are not first: the choice is what moved them.
    const nationalAll = all.entries.filter((e) => e.scope === 'NATIONAL');
    expect(ids(nationalAll.slice(0, centres.length)).sort()).not.toEqual([...centres].sort());

    // Nearest first still holds, and ranks follow the new order.
    const scopes = ['LOCAL', 'REGIONAL', 'NATIONAL', 'CROSS_BORDER'];
    const order = sexual.entries.map((e) => scopes.indexOf(e.scope));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(sexual.entries.map((e) => e.rank)).toEqual(sexual.entries.map((_, i) => i + 1));

    // The police zone's vice squad is its first contact for sexual exploitation.
    const carma = sexual.entries.find((e) => e.organisation.id === 'org-pz-carma')!;
    expect(carma.contacts[0]?.contact.id).toBe('cp-pz-carma-zeden');
    const carmaAll = all.entries.find((e) => e.organisation.id === 'org-pz-carma')!;
    expect(carmaAll.contacts[0]?.contact.id).not.toBe('cp-pz-carma-zeden');
  });

  test('labour exploitation: the inspectors stay and come first nationally; the vice squad contact is left out of its card', async () => {
    const labour = await whoToCall('LABOUR');
    const effect = labour.formEffect!;
    expect(effect.leftOut.map((o) => o.id)).toEqual([]);
    const national = labour.entries.filter((e) => e.scope === 'NATIONAL');
    const handling = national.filter((e) =>
      e.organisation.exploitationForms.some((f) => f.code === 'LABOUR'),
    );
    expect(ids(handling)).toEqual(expect.arrayContaining(['org-rsz-ecosoc', 'org-tsw']));
    expect(ids(national.slice(0, handling.length))).toEqual(ids(handling));
    const carma = labour.entries.find((e) => e.organisation.id === 'org-pz-carma')!;
    expect(carma.contacts.map((c) => c.contact.id)).not.toContain('cp-pz-carma-zeden');
    expect(effect.contactsLeftOut).toBeGreaterThanOrEqual(1);
  });

  test('forced begging: partners that record other forms only are left out, the victim centres are not', async () => {
    const begging = await whoToCall('FORCED_BEGGING');
    const out = begging.formEffect!.leftOut.map((o) => o.id);
    expect(out).toEqual(expect.arrayContaining(['org-rsz-ecosoc', 'org-tsw']));
    expect(ids(begging.entries)).toEqual(expect.arrayContaining(['org-payoke']));
  });

  test('an unknown form is refused, naming the field', async () => {
    const body = await t.gql(
      WHO,
      { input: { barrier: 'WORK', region: 'region-mun-genk', exploitationForm: 'SEXY' } },
      staff.headers,
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(body.errors?.[0]?.extensions?.field).toBe('exploitationForm');
  });
});

describe('recording the forms a partner handles', () => {
  const UPDATE = graphql(`mutation($id: ID!, $version: Int!, $forms: [String!]) {
    updateOrganisation(id: $id, version: $version, patch: {exploitationForms: $forms}) {
      version exploitationForms { code } } }`);

  async function version(id: string) {
    const { records } = await t.db.driver.executeQuery(
      'MATCH (o:Organisation {id: $id}) RETURN o.version AS v, o.exploitationForms AS forms',
      { id },
    );
    return { version: Number(records[0]!.get('v')), forms: records[0]!.get('forms') };
  }

  test('a coordinator records them (audited); unknown and repeated codes are refused field by field', async () => {
    const before = await version('org-fod-financien');
    expect(before.forms).toBeNull();
    const bad = await t.gql(
      UPDATE,
      { id: 'org-fod-financien', version: before.version, forms: ['LABOUR', 'SEXY', 'labour'] },
      coordinator.headers,
    );
    const fields = bad.errors?.[0]?.extensions?.fieldErrors as { field: string; message: string }[];
    expect(fields.map((f) => f.field)).toEqual(['exploitationForms.1', 'exploitationForms.2']);
    expect(fields[0]?.message).toMatch(/^Onbekende waarde; kies uit: .*LABOUR/);
    expect(fields[1]?.message).toBe('Deze waarde staat er al');
    expect(await version('org-fod-financien')).toEqual(before);

    const ok = await t.gql(
      UPDATE,
      { id: 'org-fod-financien', version: before.version, forms: [' labour ', 'OTHER'] },
      coordinator.headers,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.updateOrganisation.exploitationForms.map((f) => f.code)).toEqual([
      'LABOUR',
      'OTHER',
    ]);
    try {
      const { records } = await t.db.driver.executeQuery(
        `MATCH (e:AuditEvent {entityId: 'org-fod-financien'}) RETURN e.userEmail AS who, e.changes AS changes
         ORDER BY e.at DESC LIMIT 1`,
      );
      expect(records[0]?.get('who')).toBe(coordinator.email);
      expect(JSON.parse(records[0]?.get('changes'))).toEqual([
        { field: 'exploitationForms', from: null, to: ['LABOUR', 'OTHER'] },
      ]);
      // Every form again: the empty list removes the record.
      const cleared = await t.gql(
        UPDATE,
        { id: 'org-fod-financien', version: before.version + 1, forms: [] },
        coordinator.headers,
      );
      expect(cleared.data!.updateOrganisation.exploitationForms).toEqual([]);
    } finally {
      await t.db.driver.executeQuery(
        'MATCH (o:Organisation {id: $id}) REMOVE o.exploitationForms',
        { id: 'org-fod-financien' },
      );
    }
  });
});

describe('the spreadsheet columns organisation_forms and contact_forms', () => {
  const DRY_RUN = graphql(`mutation($csv: String!) { importDryRun(csv: $csv) { checksum canCommit
    rows { action changes { field from to } problems { field code message } } } }`);
  const COMMIT = graphql(`mutation($csv: String!, $sum: String!) {
    importCommit(csv: $csv, dryRunChecksum: $sum, wait: true) { status totals { update } } }`);
  const EXPORT = graphql(`query($entity: ExportEntity!) { exportCsv(entity: $entity) }`);
  const dryRun = async (csv: string) => {
    const body = await t.gql(DRY_RUN, { csv }, coordinator.headers);
    expect(body.errors).toBeUndefined();
    return body.data!.importDryRun;
  };

  test('an import records the forms (ALL clears them), refuses unknown codes, and the export writes them back', async () => {
    const header = 'organisation_id;organisation_forms;contact_id;contact_forms';
    const bad = await dryRun(`${header}\norg-fod-financien;LABOUR|SEXY;;`);
    expect(bad.rows[0]?.action).toBe('REJECT');
    expect(bad.rows[0]?.problems.map((p) => [p.field, p.code])).toEqual([
      ['organisation_forms.1', 'unknown_code'],
    ]);

    // A partner's row, and a contact's row found by its id (its organisation comes with it).
    const csv = `${header}\norg-fod-financien;labour|other;;\n;;cp-pz-carma-recherche;CRIMINAL`;
    const run = await dryRun(csv);
    expect(run.rows.map((r) => r.problems)).toEqual([[], []]);
    expect(run.rows.map((r) => r.changes)).toEqual([
      [{ field: 'organisation_forms', from: null, to: 'LABOUR|OTHER' }],
      [{ field: 'contact_forms', from: null, to: 'CRIMINAL' }],
    ]);
    try {
      const done = await t.gql(COMMIT, { csv, sum: run.checksum }, coordinator.headers);
      expect(done.data?.importCommit.status).toBe('DONE');
      const exported = await t.gql(EXPORT, { entity: 'CONTACT_POINTS' }, coordinator.headers);
      const lines = exported.data!.exportCsv.split(/\r?\n/);
      const columns = lines[0]!.split(';');
      const row = lines.find((l) => l.includes('cp-pz-carma-recherche'))!.split(';');
      expect(row[columns.indexOf('organisation_forms')]).toBe('');
      expect(row[columns.indexOf('contact_forms')]).toBe('CRIMINAL');
      // A specialised centre's forms, as stored (sorted by code).
      const payoke = lines.find((l) => l.includes('cp-payoke-permanentie'))!.split(';');
      expect(payoke[columns.indexOf('organisation_forms')]).toBe(
        'CRIMINAL|FORCED_BEGGING|LABOUR|ORGAN_REMOVAL|SEXUAL',
      );

      const cleared = await dryRun(
        `${header}\norg-fod-financien;ALL;;\n;;cp-pz-carma-recherche;all`,
      );
      expect(cleared.rows.map((r) => r.changes)).toEqual([
        [{ field: 'organisation_forms', from: 'LABOUR|OTHER', to: null }],
        [{ field: 'contact_forms', from: 'CRIMINAL', to: null }],
      ]);
    } finally {
      await t.db.driver.executeQuery(
        `MATCH (n:Entity) WHERE n.id IN ['org-fod-financien', 'cp-pz-carma-recherche']
         REMOVE n.exploitationForms`,
      );
    }
  });
});

describe('applyFormEffect (the rule itself)', () => {
  const row = (
    id: string,
    scope: WhoToCallRow['scope'],
    forms: string[] | null,
    contacts: string[][] = [],
  ) =>
    ({
      organisationId: id,
      organisation: { id, name: id, exploitationForms: forms },
      scope,
      roles: [],
      distance: 0,
      pathIds: [],
      viaId: null,
      contacts: contacts.map((f, i) => ({
        id: `${id}-c${i}`,
        type: 'CONTACT_POINT',
        priority: 'PRIMARY',
        role: null,
        point: null,
        forms: f,
      })),
      agreementIds: null,
      ownOrganisation: false,
    }) as unknown as WhoToCallRow;

  const rows = [
    row('city', 'LOCAL', null, [[], ['SEXUAL']]),
    row('police', 'REGIONAL', null, [[], ['SEXUAL'], ['LABOUR']]),
    row('shelter', 'REGIONAL', ['SEXUAL']),
    row('inspection', 'NATIONAL', ['LABOUR']),
    row('monitor', 'NATIONAL', null),
    row('centre', 'NATIONAL', ['SEXUAL', 'LABOUR']),
  ];

  test('within each scope those handling the form come first; those handling others only are left out', () => {
    const { rows: out, effect } = applyFormEffect(rows, 'SEXUAL', 25);
    expect(out.map((r) => r.organisationId)).toEqual([
      'city',
      'shelter',
      'police',
      'centre',
      'monitor',
    ]);
    expect(effect?.leftOut.map((r) => r.organisationId)).toEqual(['inspection']);
    expect(effect?.shownFirst.map((r) => r.organisationId)).toEqual(['shelter', 'centre']);
    expect(out.find((r) => r.organisationId === 'police')?.contacts.map((c) => c.id)).toEqual([
      'police-c1',
      'police-c0',
    ]);
    expect(effect?.contactsLeftOut).toBe(1);
  });

  test('no form: the rows unchanged, no effect; the limit holds either way', () => {
    expect(applyFormEffect(rows, null, 25)).toEqual({ rows, effect: null });
    expect(applyFormEffect(rows, 'LABOUR', 2).rows.map((r) => r.organisationId)).toEqual([
      'city',
      'police',
    ]);
  });
});
