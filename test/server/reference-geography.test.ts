import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { graphql } from '../../client/src/lib/documents';
import {
  loadReferenceGeography,
  REFERENCE_DIR,
} from '../../server/src/regions/reference-geography';
import { createRepositories } from '../../server/src/repositories';
import { createTestApp, type TestApp } from '../support/app';

// The global setup seeds the database, which loads reference/*.json after the demo regions.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function scalar(cypher: string, params: Record<string, unknown> = {}): Promise<unknown> {
  const { records } = await t.db.driver.executeQuery(cypher, params, { database: 'neo4j' });
  const value = records[0]?.get(0);
  return typeof value === 'object' && value !== null && 'toNumber' in value
    ? (value as { toNumber(): number }).toNumber()
    : value;
}

const PLACE = graphql(`query($id: ID!) { region(id: $id) {
  id name(lang: NL) parents { id type name(lang: NL) parents { id } } } }`);
const REGIONS = graphql(`query($type: RegionType!, $country: Country!) {
  regions(type: $type, country: $country, lang: NL) { id name(lang: NL) } }`);

describe('reference geography, Belgium on 1 January 2025', () => {
  test('the data file states the documented counts: 565 municipalities (285, 261, 19)', async () => {
    const file = JSON.parse(
      await readFile(path.join(REFERENCE_DIR, 'be-municipalities-2025.json'), 'utf8'),
    );
    expect(file.referenceDate).toBe('2025-01-01');
    expect(file.counts).toEqual({
      municipalities: 565,
      flanders: 285,
      wallonia: 261,
      brussels: 19,
      provinces: 11,
      formerMunicipalities: 29,
      postalCodes: 1146,
      postalAliases: 2674,
      postalAliasesWithoutLocality: 193,
    });
    expect(new Set(file.municipalities.map((m: { nisCode: string }) => m.nisCode)).size).toBe(565);
  });

  test('the graph has 565 Belgian municipalities in force, each in one of 10 provinces or Brussels', async () => {
    expect(
      await scalar(
        `MATCH (m:Region {type: 'MUNICIPALITY', country: 'BE'}) WHERE m.validTo IS NULL RETURN count(m)`,
      ),
    ).toBe(565);
    expect(
      await scalar(
        `MATCH (m:Region {type: 'MUNICIPALITY', country: 'BE'}) WHERE m.validTo IS NULL
         AND NOT EXISTS { (m)-[:PART_OF]->(:Region {type: 'PROVINCE', country: 'BE'})-[:PART_OF]->(:Region {id: 'region-be'}) }
         RETURN count(m)`,
      ),
    ).toBe(0);
    expect(
      await scalar(
        `MATCH (p:Region {type: 'PROVINCE', country: 'BE'})<-[:PART_OF]-(:Region {type: 'MUNICIPALITY'}) RETURN count(DISTINCT p)`,
      ),
    ).toBe(11);
    // Brussels-Capital Region: its 19 municipalities.
    expect(
      await scalar(
        `MATCH (:Region {id: 'region-be-reg-4000'})<-[:PART_OF]-(m:Region {type: 'MUNICIPALITY'}) RETURN count(m)`,
      ),
    ).toBe(19);
  });

  test('Genk is NIS 71016 in the province of Limburg, on the node the demo partners cover', async () => {
    const body = await t.gql(PLACE, { id: 'region-mun-genk' });
    expect(body.errors).toBeUndefined();
    expect(body.data?.region?.name).toBe('Genk');
    expect(body.data?.region?.parents.map((p) => p.id)).toContain('region-prov-limburg-be');
    expect(await scalar(`MATCH (r:Region {id: 'region-mun-genk'}) RETURN r.nisCode`)).toBe('71016');
    // Still one Genk: the reference reused the demo node rather than adding a second one.
    expect(await scalar(`MATCH (r:Region {nisCode: '71016'}) RETURN count(r)`)).toBe(1);
    expect(
      await scalar(
        `MATCH (:Organisation)-[:COVERS]->(r:Region {id: 'region-mun-genk'}) RETURN count(r)`,
      ),
    ).toBeGreaterThan(0);
  });

  test('names in Dutch, French and German: Liège/Luik/Lüttich, Brussels, Eupen', async () => {
    const names = async (nis: string) => {
      const { records } = await t.db.driver.executeQuery(
        'MATCH (r:Region {nisCode: $nis}) RETURN [r.nameNl, r.nameFr, r.nameDe] AS names',
        { nis },
        { database: 'neo4j' },
      );
      return records[0]?.get('names');
    };
    expect(await names('62063')).toEqual(['Luik', 'Liège', 'Lüttich']);
    expect(await names('21004')).toEqual(['Brussel', 'Bruxelles', 'Brüssel']);
    expect(await names('63023')).toEqual(['Eupen', 'Eupen', 'Eupen']);
  });

  test('a former municipality resolves to its 2025 successor: Borsbeek to Antwerpen, Kortessem and old Hasselt to Hasselt 71072, Herne to Pajottegem', async () => {
    const { regions } = createRepositories(t.db);
    expect(await regions.inForceByCode('11007')).toBe('region-mun-antwerpen');
    expect(await regions.inForceByCode('73040')).toBe('region-mun-hasselt');
    expect(await regions.inForceByCode('71022')).toBe('region-mun-hasselt');
    expect(await regions.inForceByCode('23032')).toBe('region-be-nis-23106');
    expect(await regions.inForceByCode('23106')).toBe('region-be-nis-23106');
    expect(await regions.inForceByCode('71016')).toBe('region-mun-genk');
    expect(await regions.inForceByCode('99999')).toBeNull();
    expect(
      await scalar(
        `MATCH (:Region {nisCode: '11007'})-[r:REPLACED_BY]->(:Region {id: 'region-mun-antwerpen'}) RETURN toString(r.since)`,
      ),
    ).toBe('2025-01-01');
    expect(await scalar(`MATCH (r:Region {id: 'region-be-nis-23106'}) RETURN r.nameNl`)).toBe(
      'Pajottegem',
    );
  });

  test('the regions query lists municipalities in force only (no former one)', async () => {
    const body = await t.gql(REGIONS, { type: 'MUNICIPALITY', country: 'BE' });
    expect(body.errors).toBeUndefined();
    const names = body.data?.regions.map((r) => r.name) ?? [];
    expect(names).toHaveLength(565);
    expect(names).toContain('Pajottegem');
    expect(names).not.toContain('Borsbeek');
  });

  test('loading twice changes nothing: same node and relationship counts, same names', async () => {
    const counts = async () => ({
      nodes: await scalar('MATCH (n) RETURN count(n)'),
      rels: await scalar('MATCH ()-[r]->() RETURN count(r)'),
      names: await scalar(
        `MATCH (r:Region) RETURN reduce(s = '', x IN collect(r.id + r.nameNl) | s + x)`,
      ),
    });
    const before = await counts();
    await loadReferenceGeography(t.db);
    await loadReferenceGeography(t.db);
    expect(await counts()).toEqual(before);
  });

  test('a warm start skips a country whose file and statements are those of its last load, and loads one whose file changed', async () => {
    const upserts = () =>
      [...t.db.runsByName]
        .filter(([name]) => name.startsWith('geography/upsert-'))
        .reduce((sum, [, n]) => sum + n, 0);
    await loadReferenceGeography(t.db);
    const lines: string[] = [];
    const before = upserts();
    await loadReferenceGeography(t.db, (line) => lines.push(line), { skipUnchanged: true });
    expect(upserts()).toBe(before);
    expect(lines).toEqual([
      'Reference geography BE (2025-01-01): unchanged since its last load',
      'Reference geography NL (2025-01-01): unchanged since its last load',
    ]);

    // The same data written differently (one more newline) is another file: it is loaded.
    const dir = await mkdtemp(path.join(os.tmpdir(), 'reference-'));
    try {
      for (const file of await readdir(REFERENCE_DIR)) {
        if (!file.endsWith('.json')) continue;
        const text = await readFile(path.join(REFERENCE_DIR, file), 'utf8');
        await writeFile(path.join(dir, file), file.startsWith('nl-') ? `${text}\n` : text);
      }
      lines.length = 0;
      await loadReferenceGeography(t.db, (line) => lines.push(line), { dir, skipUnchanged: true });
      expect(lines[0]).toBe('Reference geography BE (2025-01-01): unchanged since its last load');
      expect(lines[1]).toMatch(/^Reference geography NL \(2025-01-01\): 342 municipalities/);
    } finally {
      await rm(dir, { recursive: true, force: true });
      // Back to the files of the repository (NL is loaded again: its recorded file differs).
      await loadReferenceGeography(t.db, () => {}, { skipUnchanged: true });
    }
  });
});

const PLACES = graphql(`query($q: String!) { searchPlaces(query: $q) {
  matches { formerName alias { postalCode locality } region { id name country type } } } }`);
async function searchPlaces(q: string) {
  const body = await t.gql(PLACES, { q });
  expect(body.errors).toBeUndefined();
  return body.data?.searchPlaces.matches ?? [];
}

describe('postal codes and localities of Belgium (bpost, 2025)', () => {
  test('every Belgian municipality in force has at least one postal code', async () => {
    expect(
      await scalar(
        `MATCH (m:Region {type: 'MUNICIPALITY', country: 'BE'}) WHERE m.validTo IS NULL
         AND size(coalesce(m.aliasPostalCodes, [])) = 0 RETURN count(m)`,
      ),
    ).toBe(0);
    expect(
      await scalar(
        `MATCH (m:Region {type: 'MUNICIPALITY', country: 'BE'}) WHERE m.validTo IS NULL
         UNWIND m.aliasPostalCodes AS code RETURN count(DISTINCT code)`,
      ),
    ).toBe(1146);
  });

  test('a postal code finds its municipality in force and says which code and locality matched', async () => {
    // 1020 Laken is a deelgemeente of Brussel (bpost: Laken, deelgemeente, BRUSSEL).
    const laken = await searchPlaces('1020');
    expect(laken[0]?.region.id).toBe('region-be-nis-21004');
    expect(laken[0]?.alias).toEqual({ postalCode: '1020', locality: 'Laken' });
    // A code one digit off is another place (8020 Oostkamp, 1070 Anderlecht): only 1020 answers.
    expect(laken.map((hit) => hit.region.id)).toEqual(['region-be-nis-21004']);
    // 3720 Kortessem: merged into Hasselt on 1 January 2025; bpost lists it under Hasselt.
    const kortessem = await searchPlaces('3720');
    expect(kortessem[0]?.region.id).toBe('region-mun-hasselt');
    expect(kortessem[0]?.alias).toEqual({ postalCode: '3720', locality: 'Kortessem' });
  });

  test('a deelgemeente name finds its municipality, whatever the case', async () => {
    const [laken] = await searchPlaces('laken');
    expect(laken?.region).toMatchObject({ id: 'region-be-nis-21004', type: 'MUNICIPALITY' });
    expect(laken?.alias).toEqual({ postalCode: '1020', locality: 'Laken' });
    // bpost: 1332 Genval, deelgemeente of Rixensart.
    const [genval] = await searchPlaces('GENVAL');
    expect(genval?.region.name).toBe('Rixensart');
    expect(genval?.alias).toEqual({ postalCode: '1332', locality: 'Genval' });
  });

  test('a match on the municipality’s own name gives no alias', async () => {
    const hits = await searchPlaces('Antwerpen');
    const antwerpen = hits.find((h) => h.region.id === 'region-mun-antwerpen');
    expect(antwerpen?.alias).toBeNull();
    expect(antwerpen?.formerName).toBeNull();
  });
});

const WHO = graphql(`query($input: WhoToCallInput!) { whoToCall(input: $input) {
  region { name } entries { scope organisation { id name country } } } }`);

/** The id of the node that has a CBS code (reused demo ids included). */
async function idOfCbs(code: string): Promise<string> {
  return (await scalar('MATCH (r:Region {cbsCode: $code}) RETURN r.id', { code })) as string;
}

describe('reference geography, the Netherlands on 1 January 2025', () => {
  test('the data file states the documented counts: 342 municipalities, 12 provinces, 25 safety regions', async () => {
    const file = JSON.parse(
      await readFile(path.join(REFERENCE_DIR, 'nl-municipalities-2025.json'), 'utf8'),
    );
    expect(file.country).toBe('NL');
    expect(file.referenceDate).toBe('2025-01-01');
    expect(file.counts).toEqual({
      municipalities: 342,
      provinces: 12,
      safetyRegions: 25,
      formerMunicipalities: 14,
    });
    const codes: string[] = file.municipalities.map((m: { cbsCode: string }) => m.cbsCode);
    expect(new Set(codes).size).toBe(342);
    for (const code of codes) expect(code).toMatch(/^GM\d{4}$/);
  });

  test('via GraphQL: 342 Dutch municipalities in force, 12 provinces, 25 safety regions', async () => {
    const count = async (type: 'MUNICIPALITY' | 'PROVINCE' | 'SAFETY_REGION') => {
      const body = await t.gql(REGIONS, { type, country: 'NL' });
      expect(body.errors).toBeUndefined();
      return body.data?.regions ?? [];
    };
    const municipalities = await count('MUNICIPALITY');
    expect(municipalities).toHaveLength(342);
    const names = municipalities.map((r) => r.name);
    expect(names).toContain('Voorne aan Zee');
    expect(names).not.toContain('Weesp');
    expect(await count('PROVINCE')).toHaveLength(12);
    expect(await count('SAFETY_REGION')).toHaveLength(25);
  });

  test('every Dutch municipality in force is in exactly one province and one safety region', async () => {
    expect(
      await scalar(
        `MATCH (m:Region {type: 'MUNICIPALITY', country: 'NL'}) WHERE m.validTo IS NULL
         AND (COUNT { (m)-[:PART_OF]->(:Region {type: 'PROVINCE', country: 'NL'})-[:PART_OF]->(:Region {id: 'region-nl'}) } <> 1
           OR COUNT { (m)-[:PART_OF]->(:Region {type: 'SAFETY_REGION'})-[:PART_OF]->(:Region {id: 'region-nl'}) } <> 1)
         RETURN count(m)`,
      ),
    ).toBe(0);
  });

  test('sample codes: Amsterdam GM0363, Rotterdam GM0599, Tilburg GM0855, Maastricht GM0935 and their province and safety region', async () => {
    const place = async (code: string) => {
      const body = await t.gql(PLACE, { id: await idOfCbs(code) });
      expect(body.errors).toBeUndefined();
      const region = body.data?.region;
      const parent = (type: string) => region?.parents.find((p) => p.type === type);
      return {
        name: region?.name,
        province: parent('PROVINCE')?.name,
        provinceId: parent('PROVINCE')?.id,
        safetyRegion: parent('SAFETY_REGION')?.name,
      };
    };
    expect(await place('GM0363')).toMatchObject({
      name: 'Amsterdam',
      province: 'Noord-Holland',
      safetyRegion: 'Veiligheidsregio Amsterdam-Amstelland',
    });
    expect(await place('GM0599')).toMatchObject({
      name: 'Rotterdam',
      province: 'Zuid-Holland',
      safetyRegion: 'Veiligheidsregio Rotterdam-Rijnmond',
    });
    // The demo's provinces keep their ids (and names), so their partners' coverage still applies.
    expect(await place('GM0855')).toMatchObject({
      name: 'Tilburg',
      provinceId: 'region-prov-noord-brabant',
      safetyRegion: 'Veiligheidsregio Midden- en West-Brabant',
    });
    expect(await place('GM0935')).toMatchObject({
      name: 'Maastricht',
      provinceId: 'region-prov-limburg-nl',
      safetyRegion: 'Veiligheidsregio Zuid-Limburg',
    });
  });

  test('the demo keeps its Dutch ids and links: one Tilburg, still in its RIEC region and covered', async () => {
    expect(await idOfCbs('GM0855')).toBe('region-mun-tilburg');
    expect(await idOfCbs('GM0772')).toBe('region-mun-eindhoven');
    expect(await scalar(`MATCH (r:Region {nameNl: 'Tilburg'}) RETURN count(r)`)).toBe(1);
    expect(
      await scalar(
        `RETURN EXISTS { (:Region {id: 'region-mun-tilburg'})-[:PART_OF]->(:Region {id: 'region-riec-zeeland-west-brabant'}) }`,
      ),
    ).toBe(true);
    expect(
      await scalar(
        `MATCH (:Organisation)-[:COVERS]->(r:Region {id: 'region-mun-tilburg'}) RETURN count(r)`,
      ),
    ).toBeGreaterThan(0);
  });

  test('who-to-call for Tilburg still answers with the local partners first', async () => {
    const body = await t.gql(WHO, {
      input: { barrier: 'HOUSING', region: 'region-mun-tilburg' },
    });
    expect(body.errors).toBeUndefined();
    const answer = body.data?.whoToCall;
    expect(answer?.region?.name).toBe('Tilburg');
    expect(answer?.entries[0]?.scope).toBe('LOCAL');
    expect(answer?.entries[0]?.organisation.name).toContain('Tilburg');
  });

  test('who-to-call for Amsterdam, outside the demo cities, lists the Dutch national partners', async () => {
    const body = await t.gql(WHO, {
      input: { barrier: 'HOUSING', region: await idOfCbs('GM0363') },
    });
    expect(body.errors).toBeUndefined();
    const entries = body.data?.whoToCall.entries ?? [];
    const national = entries.filter((e) => e.scope === 'NATIONAL');
    expect(national.length).toBeGreaterThan(0);
    for (const e of national) expect(e.organisation.country).toBe('NL');
  });

  test('a former municipality resolves to its successor: Weesp to Amsterdam (24 March 2022), Beemster to Purmerend, Cuijk to Land van Cuijk', async () => {
    const { regions } = createRepositories(t.db);
    const amsterdam = await idOfCbs('GM0363');
    expect(await regions.inForceByCode('GM0457')).toBe(amsterdam);
    expect(await regions.inForceByCode('GM0370')).toBe(await idOfCbs('GM0439'));
    expect(await regions.inForceByCode('GM1684')).toBe(await idOfCbs('GM1982'));
    expect(await regions.inForceByCode('GM1992')).toBe(await idOfCbs('GM1992'));
    expect(await regions.inForceByCode('GM0855')).toBe('region-mun-tilburg');
    expect(
      await scalar(
        `MATCH (w:Region {cbsCode: 'GM0457'})-[r:REPLACED_BY]->(:Region {cbsCode: 'GM0363'})
         RETURN toString(r.since) + ' ' + toString(w.validTo)`,
      ),
    ).toBe('2022-03-24 2022-03-23');
    expect(
      await scalar(`MATCH (r:Region {id: $id}) RETURN r.nameNl`, { id: await idOfCbs('GM1982') }),
    ).toBe('Land van Cuijk');
  });
});
