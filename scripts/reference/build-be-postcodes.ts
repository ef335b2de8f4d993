/**
 * Adds bpost's postal codes and localities (deelgemeenten) to reference/be-municipalities-2025.json
 * as search aliases of the municipality in force they belong to. Runs after build-be.ts (npm run
 * reference:build runs both). Only facts from the source are written; see docs/reference-data.md
 * for the source and for every choice made here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCE = path.join(ROOT, 'reference/source/be-bpost-postcodes-2025.csv');
const OUT = path.join(ROOT, 'reference/be-municipalities-2025.json');
/** What the copy lost: each accented letter of the original became this one character. */
const LOST = '\uFFFD';

interface Municipality {
  id: string;
  nisCode: string;
  nameNl: string;
  nameFr: string | null;
  nameDe: string | null;
  provinceId: string;
  aliases?: Alias[];
  nameKeys?: string[];
}
interface Alias {
  postalCode: string;
  /** The locality as bpost names it; null where the copy lost a letter of it. */
  locality: string | null;
  /** Folded words of the code and locality, to tell which alias a search matched. */
  key: string;
}

/** Lower case, no accents, words of letters and digits: as the search index folds them. */
const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);

const data = JSON.parse(readFileSync(OUT, 'utf8')) as {
  sources: { what: string; official: string; copy: string }[];
  counts: Record<string, number>;
  provinces: { id: string; nameNl: string }[];
  municipalities: Municipality[];
};

// bpost names the province in capitals without "Provincie"; Brussels is "BRUSSEL".
const provinceIdByBpost = new Map(
  data.provinces.map((p) => [
    p.id === 'region-be-reg-4000' ? 'BRUSSEL' : p.nameNl.replace(/^Provincie /, '').toUpperCase(),
    p.id,
  ]),
);

/**
 * bpost's main-municipality names that Statbel spells otherwise, with the REFNIS code they stand
 * for (the municipality of that name in bpost's province; its localities are the same).
 */
const SPELLINGS: Record<string, string> = {
  'SANKT-VITH': '63067', // REFNIS "Sankt Vith" / "Saint-Vith"
  'HAM-SUR-HEURE': '56086', // REFNIS "Ham-sur-Heure-Nalinnes"
};

/** A name as a pattern: a letter the copy lost may be any one letter; case is ignored. */
function matches(bpostName: string, name: string | null): boolean {
  if (!name) return false;
  const plain = name.replace(/ \(.*\)$/, ''); // Statbel's disambiguation, e.g. "Hove (Antwerpen)"
  const pattern = bpostName
    .split(LOST)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.');
  return new RegExp(`^${pattern}$`, 'iu').test(plain);
}

const [header = '', ...lines] = readFileSync(SOURCE, 'utf8')
  .split('\n')
  .filter((l) => l.trim());
if (header !== 'Postcode,Plaatsnaam,Deelgemeente,Hoofdgemeente,Provincie')
  throw new Error(`Unexpected header: ${header}`);

const skipped = { noProvince: 0, noMunicipality: [] as string[], lostLocality: 0 };
const aliasesOf = new Map<string, Alias[]>();
for (const line of lines) {
  // No field of the source holds a comma.
  const [postalCode = '', place = '', part = '', main = '', province = ''] = line.split(',');
  if (!/^\d{4}$/.test(postalCode)) throw new Error(`Not a postal code: ${line}`);
  // Codes without a province are organisations' own codes (parliaments, broadcasters…).
  if (!province) {
    skipped.noProvince++;
    continue;
  }
  const provinceId = provinceIdByBpost.get(province);
  if (!provinceId) throw new Error(`Unknown province ${province}`);
  const candidates = data.municipalities.filter(
    (m) =>
      m.provinceId === provinceId &&
      (SPELLINGS[main]
        ? m.nisCode === SPELLINGS[main]
        : matches(main, m.nameNl) || matches(main, m.nameFr) || matches(main, m.nameDe)),
  );
  const municipality = candidates.length === 1 ? candidates[0] : undefined;
  if (!municipality) {
    skipped.noMunicipality.push(`${postalCode} ${place} (${main}: ${candidates.length})`);
    continue;
  }
  let locality: string | null = place;
  if (place.includes(LOST)) {
    // The main locality carries the municipality's own name: take it from REFNIS.
    const own = [municipality.nameNl, municipality.nameFr, municipality.nameDe].find(
      (n) => part === 'Neen' && n && matches(place, n),
    );
    locality = own ? own.replace(/ \(.*\)$/, '') : null;
    if (!locality) skipped.lostLocality++;
  }
  const list = aliasesOf.get(municipality.id) ?? [];
  if (!list.some((a) => a.postalCode === postalCode && a.locality === locality))
    list.push({
      postalCode,
      locality,
      key: [postalCode, ...fold(locality ?? '')].join(' '),
    });
  aliasesOf.set(municipality.id, list);
}

for (const m of data.municipalities) {
  m.aliases = (aliasesOf.get(m.id) ?? []).sort(
    (a, b) =>
      a.postalCode.localeCompare(b.postalCode) ||
      (a.locality ?? '').localeCompare(b.locality ?? ''),
  );
  m.nameKeys = [...new Set([m.nameNl, m.nameFr, m.nameDe].flatMap((n) => fold(n ?? '')))];
}
if (skipped.noMunicipality.length > 0)
  throw new Error(`Rows matching no single municipality: ${skipped.noMunicipality.join('; ')}`);
const without = data.municipalities.filter((m) => !m.aliases?.length).map((m) => m.nameNl);
if (without.length > 0) throw new Error(`Municipalities without a postal code: ${without}`);

const source = {
  what: 'bpost postal codes with their localities (deelgemeenten) and main municipality, list of 2025',
  official: 'bpost, zipcodes_num_nl_2025.xls (https://www.bpost.be/nl/postcodevalidatie-tool)',
  copy: 'github.com/welde2001-bot/immo-eliza-ml data/reference/zipcodes_num_nl_2025.csv @ e4ff333d537140da7d856883872ee79a13501c31',
};
data.sources = [...data.sources.filter((s) => s.official !== source.official), source];
data.counts.postalCodes = new Set(
  data.municipalities.flatMap((m) => (m.aliases ?? []).map((a) => a.postalCode)),
).size;
data.counts.postalAliases = data.municipalities.reduce((n, m) => n + (m.aliases?.length ?? 0), 0);
data.counts.postalAliasesWithoutLocality = skipped.lostLocality;
writeFileSync(OUT, `${JSON.stringify(data, null, 1)}\n`);
console.log(
  JSON.stringify({
    postalCodes: data.counts.postalCodes,
    aliases: data.counts.postalAliases,
    organisationCodesSkipped: skipped.noProvince,
    localitiesLost: skipped.lostLocality,
  }),
);
