/**
 * Builds reference/be-municipalities-2025.json from the Statbel REFNIS extract and the table of the
 * 1 January 2025 mergers in reference/source/. Run: npx tsx scripts/reference/build-be.ts
 * Only facts from the sources go into the output; the ids are ours (see docs/reference-data.md).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCE = path.join(ROOT, 'reference/source');
const OUT = path.join(ROOT, 'reference/be-municipalities-2025.json');
const REFERENCE_DATE = '2025-01-01';

/** Nodes the demo seed (cypher/seed/020-regions.cypher) already has: the reference reuses them. */
const SEED_IDS: Record<string, string> = {
  '10000': 'region-prov-antwerpen',
  '70000': 'region-prov-limburg-be',
  '11002': 'region-mun-antwerpen',
  '12025': 'region-mun-mechelen',
  '71016': 'region-mun-genk',
  '71072': 'region-mun-hasselt',
  '73107': 'region-mun-maasmechelen',
  '71053': 'region-mun-sint-truiden',
  '72020': 'region-mun-lommel',
};
const idOf = (nis: string) => SEED_IDS[nis] ?? `region-be-nis-${nis}`;

interface RefnisRow {
  level: number;
  code: string;
  parent: string;
  de: string;
  fr: string;
  nl: string;
  end: string;
}

function parseCsvLine(line: string): string[] {
  // The REFNIS export has no quoted fields; names never contain a comma.
  return line.split(',');
}

const refnis: RefnisRow[] = readFileSync(path.join(SOURCE, 'be-refnis-2024.csv'), 'utf8')
  .split('\n')
  .slice(1)
  .filter((l) => l.trim())
  .map((l) => {
    const f = parseCsvLine(l).map((v) => v ?? '');
    const at = (i: number) => f[i] ?? '';
    return {
      level: Number(at(0)),
      code: at(1),
      parent: at(2),
      de: at(3),
      fr: at(4),
      nl: at(5),
      end: at(7),
    };
  })
  .filter((r) => r.end === '31/12/9999');

const byCode = new Map(refnis.map((r) => [r.code, r]));
const norm = (code: string) => String(Number(code));

/** Gewest (NIS 2000/3000/4000) and province (or the Brussels-Capital Region) of a municipality. */
function placeOf(row: RefnisRow): { province: string; gewest: string } {
  const arr = byCode.get(row.parent);
  if (!arr) throw new Error(`No arrondissement ${row.parent} for ${row.code}`);
  const up = norm(arr.parent);
  if (up === '4000') return { province: '4000', gewest: '4000' };
  const prov = byCode.get(up);
  if (!prov) throw new Error(`No province ${up} for ${row.code}`);
  return { province: prov.code, gewest: norm(prov.parent) };
}

interface Merger {
  formers: { name: string; nis: string }[];
  successor: { name: string; nis: string };
}
const pair = (s: string) => {
  const m = s.trim().match(/^(.*) \((\d{5})\)$/);
  if (!m) throw new Error(`Cannot read "${s}"`);
  return { name: m[1] ?? '', nis: m[2] ?? '' };
};
const mergers: Merger[] = readFileSync(path.join(SOURCE, 'fusies-2025.tsv'), 'utf8')
  .split('\n')
  .slice(1)
  .filter((l) => l.trim())
  .map((l) => {
    const [left = '', right = ''] = l.split('\t');
    return {
      formers: left.replace(/,\s*$/, '').split(' + ').map(pair),
      // "(voorlopige naam)" marks a provisional name in the source; the name is kept without it.
      successor: pair(right.replace(' (voorlopige naam)', '')),
    };
  });

const municipalities = refnis.filter((r) => r.level === 4);
const formerCodes = new Set(mergers.flatMap((m) => m.formers.map((f) => f.nis)));
const successorCodes = new Set(mergers.map((m) => m.successor.nis));

interface Out {
  id: string;
  nisCode: string;
  nameNl: string;
  nameFr: string | null;
  nameDe: string | null;
  provinceId: string;
  gewest: string;
}
const provinceIdOf = (province: string) =>
  province === '4000' ? 'region-be-reg-4000' : (SEED_IDS[province] ?? `region-be-prov-${province}`);

const inForce: Out[] = municipalities
  .filter((r) => !formerCodes.has(r.code) || successorCodes.has(r.code))
  .map((r) => {
    const { province, gewest } = placeOf(r);
    return {
      id: idOf(r.code),
      nisCode: r.code,
      nameNl: r.nl,
      nameFr: r.fr,
      nameDe: r.de,
      provinceId: provinceIdOf(province),
      gewest,
    };
  });

const former: (Out & { replacedById: string; replacedByNis: string })[] = [];
for (const m of mergers) {
  const formerRows = m.formers.map((f) => {
    const row = byCode.get(f.nis);
    if (!row) throw new Error(`Former municipality ${f.nis} is not in REFNIS`);
    return row;
  });
  // A successor that keeps a code already in force (Antwerpen 11002) is in the list above.
  if (!byCode.has(m.successor.nis)) {
    // A new code: named in Dutch by the merger table; other languages taken from a predecessor of
    // the same name (Hasselt, Lochristi, Bastogne...), otherwise left empty rather than invented.
    const same = formerRows.find(
      (r) => r.nl.replace(/ \(.*\)$/, '') === m.successor.name || r.fr === m.successor.name,
    );
    const first = formerRows[0];
    if (!first) throw new Error(`No former municipality for ${m.successor.nis}`);
    const { province, gewest } = placeOf(first);
    inForce.push({
      id: idOf(m.successor.nis),
      nisCode: m.successor.nis,
      nameNl: same ? same.nl : m.successor.name,
      nameFr: same ? same.fr : null,
      nameDe: same ? same.de : null,
      provinceId: provinceIdOf(province),
      gewest,
    });
  }
  for (const row of formerRows) {
    if (row.code === m.successor.nis) continue;
    const { province, gewest } = placeOf(row);
    former.push({
      id: idOf(row.code),
      nisCode: row.code,
      nameNl: row.nl,
      nameFr: row.fr,
      nameDe: row.de,
      provinceId: provinceIdOf(province),
      gewest,
      replacedById: idOf(m.successor.nis),
      replacedByNis: m.successor.nis,
    });
  }
}
inForce.sort((a, b) => a.nisCode.localeCompare(b.nisCode));

const provinces = [
  ...refnis
    .filter((r) => r.level === 2)
    .map((r) => ({
      id: provinceIdOf(r.code),
      nisCode: r.code,
      nameNl: r.nl,
      nameFr: r.fr,
      nameDe: r.de,
      gewest: norm(r.parent),
    })),
  (() => {
    const r = byCode.get('4000');
    if (!r) throw new Error('No Brussels-Capital Region in REFNIS');
    return {
      id: 'region-be-reg-4000',
      nisCode: '04000',
      nameNl: r.nl,
      nameFr: r.fr,
      nameDe: r.de,
      gewest: '4000',
    };
  })(),
];

const count = (g: string) => inForce.filter((m) => m.gewest === g).length;
const out = {
  country: 'BE',
  referenceDate: REFERENCE_DATE,
  sources: [
    {
      what: 'REFNIS codes and names (DE/FR/NL), rows in force (end 31/12/9999) as published before the 2025 mergers',
      official:
        'Statbel, REFNIS code table (https://statbel.fgov.be/nl/over-statbel/methodologie/classificaties/geografie)',
      copy: 'github.com/gehuybre/embuild-analyses packages/embuild-shared/src/data/nis/refnis.csv @ 1e6bf143d5597e4912c74f5ce54174936d2f2f92',
    },
    {
      what: 'Municipal mergers of 1 January 2025 (former codes -> new code, Dutch name)',
      official: 'Statbel / Agentschap Binnenland Vlaanderen, fusies 2025',
      copy: 'github.com/gehuybre/embuild-analyses packages/embuild-shared/src/data/nis/fusies-2025.csv @ 1e6bf143d5597e4912c74f5ce54174936d2f2f92',
    },
  ],
  counts: {
    municipalities: inForce.length,
    flanders: count('2000'),
    wallonia: count('3000'),
    brussels: count('4000'),
    provinces: provinces.length,
    formerMunicipalities: former.length,
  },
  provinces,
  municipalities: inForce,
  formerMunicipalities: former,
};
writeFileSync(OUT, `${JSON.stringify(out, null, 1)}\n`);
console.log(JSON.stringify(out.counts));
