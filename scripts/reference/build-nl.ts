/**
 * Builds reference/nl-municipalities-2025.json from the sources in reference/source/: CBS's
 * municipal division (codes, names, provinces, with begin and end dates), the safety region of
 * each municipality, and the 2022–2023 mergers as CBS announced them.
 * Run: npx tsx scripts/reference/build-nl.ts (or npm run reference:build for both countries).
 * Only facts from the sources go into the output; the ids are ours (see docs/reference-data.md).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCE = path.join(ROOT, 'reference/source');
const OUT = path.join(ROOT, 'reference/nl-municipalities-2025.json');
const REFERENCE_DATE = '2025-01-01';

/** Nodes the demo seed (cypher/seed/020-regions.cypher) already has: the reference reuses them. */
const SEED_IDS: Record<string, string> = {
  PV29: 'region-prov-zeeland',
  PV30: 'region-prov-noord-brabant',
  PV31: 'region-prov-limburg-nl',
  GM0855: 'region-mun-tilburg',
  GM0758: 'region-mun-breda',
  GM1674: 'region-mun-roosendaal',
  GM0748: 'region-mun-bergen-op-zoom',
  GM0687: 'region-mun-middelburg',
  GM0718: 'region-mun-vlissingen',
  GM0772: 'region-mun-eindhoven',
  GM0796: 'region-mun-s-hertogenbosch',
  GM0794: 'region-mun-helmond',
  GM0935: 'region-mun-maastricht',
  GM0983: 'region-mun-venlo',
  GM0917: 'region-mun-heerlen',
};
const municipalityId = (gm: string) => SEED_IDS[gm] ?? `region-nl-gm-${gm.slice(2)}`;
const provinceId = (pv: string) => SEED_IDS[pv] ?? `region-nl-pv-${pv.slice(2)}`;
const safetyRegionId = (vr: string) => `region-nl-vr-${vr.slice(2)}`;

/** Rows of a delimited file with a header line, as objects keyed by the header's names. */
function table(file: string, separator: string): Record<string, string>[] {
  const [header = '', ...lines] = readFileSync(path.join(SOURCE, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  const names = header.split(separator);
  return lines.map((line) => {
    // The sources have no quoted fields; no name contains the separator.
    const values = line.split(separator);
    return Object.fromEntries(names.map((n, i) => [n, values[i] ?? '']));
  });
}

interface CbsRow {
  gm: string;
  name: string;
  pv: string;
  province: string;
  begin: string;
  end: string;
}
const cbs: CbsRow[] = table('nl-gemeentelijke-indeling-2025.csv', ';').map((r) => ({
  gm: `GM${r.gemeentecode}`,
  name: r.gemeentenaam ?? '',
  pv: `PV${r.provinciecode}`,
  province: r.provincienaam ?? '',
  begin: r.begindatum ?? '',
  end: r.einddatum ?? '',
}));
// In force on the reference date: begun on or before it, not ended on or before it (CBS gives
// the first day a municipality no longer exists as its end date).
const inForceRows = cbs.filter(
  (r) => r.begin <= REFERENCE_DATE && (r.end === '' || r.end > REFERENCE_DATE),
);
if (new Set(inForceRows.map((r) => r.gm)).size !== inForceRows.length)
  throw new Error('A CBS code is in force twice');

const safetyRegionNames = new Map(
  table('nl-veiligheidsregios-2023.tsv', '\t').map((r) => [r.vrCode ?? '', r.name ?? '']),
);
const safetyRegionOf = new Map(
  table('nl-gemeenten-veiligheidsregio-2023.tsv', '\t').map((r) => [
    r.gemcode ?? '',
    { vr: r.vrCode ?? '', name: r.name ?? '' },
  ]),
);

const municipalities = inForceRows
  .map((r) => {
    const vr = safetyRegionOf.get(r.gm);
    // The safety-region list is two years older: refuse to build if it does not describe the
    // same municipalities under the same names.
    if (!vr) throw new Error(`${r.gm} ${r.name} has no safety region in the source`);
    if (vr.name !== r.name) throw new Error(`${r.gm}: "${r.name}" (CBS) vs "${vr.name}" (VR list)`);
    if (!safetyRegionNames.has(vr.vr)) throw new Error(`Unknown safety region ${vr.vr}`);
    return {
      id: municipalityId(r.gm),
      cbsCode: r.gm,
      nameNl: r.name,
      provinceId: provinceId(r.pv),
      areaIds: [safetyRegionId(vr.vr)],
    };
  })
  .sort((a, b) => a.cbsCode.localeCompare(b.cbsCode));
if (safetyRegionOf.size !== municipalities.length)
  throw new Error('The safety-region list names a municipality that is not in force');

const provinces = [...new Map(inForceRows.map((r) => [r.pv, r.province]))]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([pv, name]) => ({ id: provinceId(pv), cbsCode: pv, nameNl: name }));

const areas = [...safetyRegionNames].map(([vr, name]) => ({
  id: safetyRegionId(vr),
  type: 'SAFETY_REGION',
  code: vr,
  // The source gives the region's own name ("Gelderland-Midden"); the kind of region is added in
  // front so it reads apart from the municipality or province of the same name.
  nameNl: `Veiligheidsregio ${name}`,
  nameFr: `Région de sécurité ${name}`,
  nameEn: `Safety region ${name}`,
}));

const byName = (rows: CbsRow[], name: string, what: string) => {
  const found = rows.filter((r) => r.name === name);
  if (found.length !== 1) throw new Error(`${what} "${name}": ${found.length} matches in CBS list`);
  return found[0] as CbsRow;
};
const formerMunicipalities = table('nl-herindelingen-2022-2023.tsv', '\t').map((m) => {
  const since = m.since ?? '';
  // The former municipality ended on the merger date; the successor is in force.
  const former = byName(
    cbs.filter((r) => r.end === since),
    m.former ?? '',
    `Municipality ended ${since}`,
  );
  const successor = byName(inForceRows, m.successor ?? '', 'Successor');
  return {
    id: municipalityId(former.gm),
    cbsCode: former.gm,
    nameNl: former.name,
    provinceId: provinceId(former.pv),
    replacedById: municipalityId(successor.gm),
    replacedByCbs: successor.gm,
    since,
  };
});

const out = {
  country: 'NL',
  referenceDate: REFERENCE_DATE,
  sources: [
    {
      what: 'CBS municipal division: code, name, province, begin and end date of every municipality since 1970 (updated for 1 January 2025)',
      official:
        'CBS, Gemeentelijke indeling op 1 januari 2025 (https://www.cbs.nl/nl-nl/onze-diensten/methoden/classificaties/overig/gemeentelijke-indelingen-per-jaar)',
      copy: 'github.com/nlextract/NLExtract bagv2/etl/data/cbs/gemeentelijke-indeling.csv @ 2a97e2feb5039f050af1cc09e651e4c2c72724b1',
    },
    {
      what: 'Safety region (VR01–VR25) of each municipality, and the names of the 25 safety regions, as of 1 January 2023',
      official: "Wet veiligheidsregio's, annex (regio-indeling); codes as CBS uses them",
      copy: 'github.com/minvws/nl-covid19-data-dashboard packages/common/src/data/gm.ts and vr.ts @ 5d711c75b465213ff2d99156c7cc17803e860b89',
    },
    {
      what: 'Mergers of 2022 and 2023 (former municipality -> successor), as announced by CBS',
      official:
        'CBS press releases of December 2021 and December 2022, reported by ANP (nd.nl) and Blik op nieuws; see reference/source/nl-herindelingen-2022-2023.tsv',
      copy: 'reference/source/nl-herindelingen-2022-2023.tsv (names and dates from those reports)',
    },
  ],
  counts: {
    municipalities: municipalities.length,
    provinces: provinces.length,
    safetyRegions: areas.length,
    formerMunicipalities: formerMunicipalities.length,
  },
  provinces,
  areas,
  municipalities,
  formerMunicipalities,
};
writeFileSync(OUT, `${JSON.stringify(out, null, 2)}\n`);
console.log(JSON.stringify(out.counts));
