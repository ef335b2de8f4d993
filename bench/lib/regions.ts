/**
 * The region tree of both countries for the scale generator: the real provinces, judicial
 * arrondissements and (A)RIEC regions with the real number of municipalities in each (581 in
 * Belgium before the 2025 mergers, 342 in the Netherlands in 2024), about 180 Belgian police zones,
 * and the municipalities of the demo seed under their real ids. Every other municipality and every
 * police zone outside the seed has an invented name (`synthetic: true` on the node).
 */
import { type Prng, slug } from './prng';

export interface RegionRow {
  id: string;
  code: string;
  type: 'COUNTRY' | 'PROVINCE' | 'ARRONDISSEMENT' | 'POLICE_ZONE' | 'RIEC_REGION' | 'MUNICIPALITY';
  country: 'BE' | 'NL';
  nameNl: string;
  nameFr: string;
  nameEn: string;
  synthetic: boolean;
}

export interface Municipality extends RegionRow {
  province: string;
  /** BE: judicial arrondissement; NL: null. */
  arrondissement: string | null;
  /** BE: police zone; NL: null. */
  policeZone: string | null;
  riec: string | null;
  /** 'nl' or 'fr': the language of its name and of its organisations' names. */
  lang: 'nl' | 'fr';
  /** True for municipalities of the demo seed (their nodes and ties come from the seed). */
  fromSeed: boolean;
  /** Near the border, for counterparts and cross-border agreements. */
  border: boolean;
}

export interface RegionTree {
  regions: RegionRow[];
  /** [child, parent] pairs that the seed does not already hold. */
  partOf: [string, string][];
  municipalities: Municipality[];
}

interface ProvinceDef {
  id: string;
  code: string;
  country: 'BE' | 'NL';
  nl: string;
  fr: string;
  en: string;
  municipalities: number;
  lang: 'nl' | 'fr';
  border: boolean;
  /** BE: [arrondissement id, share of the province's municipalities]. */
  arrondissements?: [string, number][];
  /** The (A)RIEC region(s): [id, share]. */
  riecs?: [string, number][];
  fromSeed?: boolean;
}

const BE_PROVINCES: ProvinceDef[] = [
  {
    id: 'region-prov-antwerpen',
    code: 'BE-VAN',
    country: 'BE',
    nl: 'Provincie Antwerpen',
    fr: "Province d'Anvers",
    en: 'Province of Antwerp',
    municipalities: 69,
    lang: 'nl',
    border: true,
    arrondissements: [['region-arr-antwerpen', 1]],
    riecs: [['region-ariec-antwerpen', 1]],
    fromSeed: true,
  },
  {
    id: 'region-prov-limburg-be',
    code: 'BE-VLI',
    country: 'BE',
    nl: 'Provincie Limburg (BE)',
    fr: 'Province de Limbourg (BE)',
    en: 'Province of Limburg (BE)',
    municipalities: 42,
    lang: 'nl',
    border: true,
    arrondissements: [['region-arr-limburg', 1]],
    riecs: [['region-ariec-limburg', 1]],
    fromSeed: true,
  },
  {
    id: 'region-prov-oost-vlaanderen',
    code: 'BE-VOV',
    country: 'BE',
    nl: 'Provincie Oost-Vlaanderen',
    fr: 'Province de Flandre-Orientale',
    en: 'Province of East Flanders',
    municipalities: 60,
    lang: 'nl',
    border: true,
    arrondissements: [['region-arr-oost-vlaanderen', 1]],
    riecs: [['region-ariec-oost-vlaanderen', 1]],
  },
  {
    id: 'region-prov-west-vlaanderen',
    code: 'BE-VWV',
    country: 'BE',
    nl: 'Provincie West-Vlaanderen',
    fr: 'Province de Flandre-Occidentale',
    en: 'Province of West Flanders',
    municipalities: 64,
    lang: 'nl',
    border: true,
    arrondissements: [['region-arr-west-vlaanderen', 1]],
    riecs: [['region-ariec-west-vlaanderen', 1]],
  },
  {
    id: 'region-prov-vlaams-brabant',
    code: 'BE-VBR',
    country: 'BE',
    nl: 'Provincie Vlaams-Brabant',
    fr: 'Province du Brabant flamand',
    en: 'Province of Flemish Brabant',
    municipalities: 65,
    lang: 'nl',
    border: false,
    arrondissements: [
      ['region-arr-leuven', 0.46],
      ['region-arr-brussel', 0.54],
    ],
    riecs: [['region-ariec-vlaams-brabant', 1]],
  },
  {
    id: 'region-brussels',
    code: 'BE-BRU',
    country: 'BE',
    nl: 'Brussels Hoofdstedelijk Gewest',
    fr: 'Région de Bruxelles-Capitale',
    en: 'Brussels-Capital Region',
    municipalities: 19,
    lang: 'fr',
    border: false,
    arrondissements: [['region-arr-brussel', 1]],
    riecs: [['region-ariec-brussel', 1]],
  },
  {
    id: 'region-prov-waals-brabant',
    code: 'BE-WBR',
    country: 'BE',
    nl: 'Provincie Waals-Brabant',
    fr: 'Province du Brabant wallon',
    en: 'Province of Walloon Brabant',
    municipalities: 27,
    lang: 'fr',
    border: false,
    arrondissements: [['region-arr-waals-brabant', 1]],
  },
  {
    id: 'region-prov-henegouwen',
    code: 'BE-WHT',
    country: 'BE',
    nl: 'Provincie Henegouwen',
    fr: 'Province de Hainaut',
    en: 'Province of Hainaut',
    municipalities: 69,
    lang: 'fr',
    border: false,
    arrondissements: [['region-arr-henegouwen', 1]],
    riecs: [['region-ariec-henegouwen', 1]],
  },
  {
    id: 'region-prov-luik',
    code: 'BE-WLG',
    country: 'BE',
    nl: 'Provincie Luik',
    fr: 'Province de Liège',
    en: 'Province of Liège',
    municipalities: 84,
    lang: 'fr',
    border: true,
    arrondissements: [
      ['region-arr-luik', 0.893],
      ['region-arr-eupen', 0.107],
    ],
    riecs: [['region-ariec-luik', 1]],
  },
  {
    id: 'region-prov-luxemburg',
    code: 'BE-WLX',
    country: 'BE',
    nl: 'Provincie Luxemburg',
    fr: 'Province de Luxembourg',
    en: 'Province of Luxembourg',
    municipalities: 44,
    lang: 'fr',
    border: false,
    arrondissements: [['region-arr-luxemburg', 1]],
    riecs: [['region-ariec-luxemburg', 1]],
  },
  {
    id: 'region-prov-namen',
    code: 'BE-WNA',
    country: 'BE',
    nl: 'Provincie Namen',
    fr: 'Province de Namur',
    en: 'Province of Namur',
    municipalities: 38,
    lang: 'fr',
    border: false,
    arrondissements: [['region-arr-namen', 1]],
    riecs: [['region-ariec-namen', 1]],
  },
];

const NL_PROVINCES: ProvinceDef[] = [
  {
    id: 'region-prov-groningen',
    code: 'NL-GR',
    country: 'NL',
    nl: 'Groningen',
    fr: 'Groningue',
    en: 'Groningen',
    municipalities: 10,
    lang: 'nl',
    border: false,
    riecs: [['region-riec-noord-nederland', 1]],
  },
  {
    id: 'region-prov-friesland',
    code: 'NL-FR',
    country: 'NL',
    nl: 'Fryslân',
    fr: 'Frise',
    en: 'Friesland',
    municipalities: 18,
    lang: 'nl',
    border: false,
    riecs: [['region-riec-noord-nederland', 1]],
  },
  {
    id: 'region-prov-drenthe',
    code: 'NL-DR',
    country: 'NL',
    nl: 'Drenthe',
    fr: 'Drenthe',
    en: 'Drenthe',
    municipalities: 12,
    lang: 'nl',
    border: false,
    riecs: [['region-riec-noord-nederland', 1]],
  },
  {
    id: 'region-prov-overijssel',
    code: 'NL-OV',
    country: 'NL',
    nl: 'Overijssel',
    fr: 'Overijssel',
    en: 'Overijssel',
    municipalities: 25,
    lang: 'nl',
    border: false,
    riecs: [['region-riec-oost-nederland', 1]],
  },
  {
    id: 'region-prov-flevoland',
    code: 'NL-FL',
    country: 'NL',
    nl: 'Flevoland',
    fr: 'Flevoland',
    en: 'Flevoland',
    municipalities: 6,
    lang: 'nl',
    border: false,
    riecs: [['region-riec-midden-nederland', 1]],
  },
  {
    id: 'region-prov-gelderland',
    code: 'NL-GE',
    country: 'NL',
    nl: 'Gelderland',
    fr: 'Gueldre',
    en: 'Gelderland',
    municipalities: 51,
    lang: 'nl',
    border: false,
    riecs: [['region-riec-oost-nederland', 1]],
  },
  {
    id: 'region-prov-utrecht',
    code: 'NL-UT',
    country: 'NL',
    nl: 'Utrecht',
    fr: 'Utrecht',
    en: 'Utrecht',
    municipalities: 26,
    lang: 'nl',
    border: false,
    riecs: [['region-riec-midden-nederland', 1]],
  },
  {
    id: 'region-prov-noord-holland',
    code: 'NL-NH',
    country: 'NL',
    nl: 'Noord-Holland',
    fr: 'Hollande-Septentrionale',
    en: 'North Holland',
    municipalities: 44,
    lang: 'nl',
    border: false,
    riecs: [
      ['region-riec-amsterdam-amstelland', 0.137],
      ['region-riec-noord-holland', 0.863],
    ],
  },
  {
    id: 'region-prov-zuid-holland',
    code: 'NL-ZH',
    country: 'NL',
    nl: 'Zuid-Holland',
    fr: 'Hollande-Méridionale',
    en: 'South Holland',
    municipalities: 50,
    lang: 'nl',
    border: false,
    riecs: [
      ['region-riec-den-haag', 0.5],
      ['region-riec-rotterdam', 0.5],
    ],
  },
  {
    id: 'region-prov-zeeland',
    code: 'NL-ZE',
    country: 'NL',
    nl: 'Zeeland',
    fr: 'Zélande',
    en: 'Zeeland',
    municipalities: 13,
    lang: 'nl',
    border: true,
    riecs: [['region-riec-zeeland-west-brabant', 1]],
    fromSeed: true,
  },
  {
    id: 'region-prov-noord-brabant',
    code: 'NL-NB',
    country: 'NL',
    nl: 'Noord-Brabant',
    fr: 'Brabant-Septentrional',
    en: 'North Brabant',
    municipalities: 56,
    lang: 'nl',
    border: true,
    riecs: [
      ['region-riec-zeeland-west-brabant', 0.47],
      ['region-riec-oost-brabant', 0.53],
    ],
    fromSeed: true,
  },
  {
    id: 'region-prov-limburg-nl',
    code: 'NL-LI',
    country: 'NL',
    nl: 'Provincie Limburg (NL)',
    fr: 'Province de Limbourg (NL)',
    en: 'Province of Limburg (NL)',
    municipalities: 31,
    lang: 'nl',
    border: true,
    riecs: [['region-riec-limburg', 1]],
    fromSeed: true,
  },
];

/** Regions the seed already holds: not created again. */
const SEED_REGIONS = new Set([
  'region-be',
  'region-nl',
  'region-prov-antwerpen',
  'region-prov-limburg-be',
  'region-prov-noord-brabant',
  'region-prov-zeeland',
  'region-prov-limburg-nl',
  'region-arr-antwerpen',
  'region-arr-limburg',
  'region-ariec-antwerpen',
  'region-ariec-limburg',
  'region-riec-zeeland-west-brabant',
  'region-riec-oost-brabant',
  'region-riec-limburg',
]);

/** The seed's municipalities with the province, arrondissement, zone and RIEC region it gives them. */
const SEED_MUNICIPALITIES: [string, string, string | null, string | null, string][] = [
  [
    'Antwerpen',
    'region-prov-antwerpen',
    'region-arr-antwerpen',
    'region-pz-antwerpen',
    'region-ariec-antwerpen',
  ],
  [
    'Mechelen',
    'region-prov-antwerpen',
    'region-arr-antwerpen',
    'region-pz-mechelen-willebroek',
    'region-ariec-antwerpen',
  ],
  [
    'Genk',
    'region-prov-limburg-be',
    'region-arr-limburg',
    'region-pz-carma',
    'region-ariec-limburg',
  ],
  [
    'Hasselt',
    'region-prov-limburg-be',
    'region-arr-limburg',
    'region-pz-hazodi',
    'region-ariec-limburg',
  ],
  [
    'Maasmechelen',
    'region-prov-limburg-be',
    'region-arr-limburg',
    'region-pz-lanaken-maasmechelen',
    'region-ariec-limburg',
  ],
  [
    'Sint-Truiden',
    'region-prov-limburg-be',
    'region-arr-limburg',
    'region-pz-sint-truiden',
    'region-ariec-limburg',
  ],
  [
    'Lommel',
    'region-prov-limburg-be',
    'region-arr-limburg',
    'region-pz-lommel',
    'region-ariec-limburg',
  ],
  ['Tilburg', 'region-prov-noord-brabant', null, null, 'region-riec-zeeland-west-brabant'],
  ['Breda', 'region-prov-noord-brabant', null, null, 'region-riec-zeeland-west-brabant'],
  ['Roosendaal', 'region-prov-noord-brabant', null, null, 'region-riec-zeeland-west-brabant'],
  ['Bergen op Zoom', 'region-prov-noord-brabant', null, null, 'region-riec-zeeland-west-brabant'],
  ['Middelburg', 'region-prov-zeeland', null, null, 'region-riec-zeeland-west-brabant'],
  ['Vlissingen', 'region-prov-zeeland', null, null, 'region-riec-zeeland-west-brabant'],
  ['Eindhoven', 'region-prov-noord-brabant', null, null, 'region-riec-oost-brabant'],
  ["'s-Hertogenbosch", 'region-prov-noord-brabant', null, null, 'region-riec-oost-brabant'],
  ['Helmond', 'region-prov-noord-brabant', null, null, 'region-riec-oost-brabant'],
  ['Maastricht', 'region-prov-limburg-nl', null, null, 'region-riec-limburg'],
  ['Venlo', 'region-prov-limburg-nl', null, null, 'region-riec-limburg'],
  ['Heerlen', 'region-prov-limburg-nl', null, null, 'region-riec-limburg'],
];

const SEED_ZONES = new Set(SEED_MUNICIPALITIES.map((m) => m[3]).filter((z) => z !== null));

const ARRONDISSEMENTS: [string, string, string, string, string][] = [
  // id, parent, nl, fr, en
  [
    'region-arr-oost-vlaanderen',
    'region-prov-oost-vlaanderen',
    'Gerechtelijk arrondissement Oost-Vlaanderen',
    'Arrondissement judiciaire de Flandre-Orientale',
    'Judicial district of East Flanders',
  ],
  [
    'region-arr-west-vlaanderen',
    'region-prov-west-vlaanderen',
    'Gerechtelijk arrondissement West-Vlaanderen',
    'Arrondissement judiciaire de Flandre-Occidentale',
    'Judicial district of West Flanders',
  ],
  [
    'region-arr-leuven',
    'region-prov-vlaams-brabant',
    'Gerechtelijk arrondissement Leuven',
    'Arrondissement judiciaire de Louvain',
    'Judicial district of Leuven',
  ],
  [
    'region-arr-brussel',
    'region-be',
    'Gerechtelijk arrondissement Brussel',
    'Arrondissement judiciaire de Bruxelles',
    'Judicial district of Brussels',
  ],
  [
    'region-arr-waals-brabant',
    'region-prov-waals-brabant',
    'Gerechtelijk arrondissement Waals-Brabant',
    'Arrondissement judiciaire du Brabant wallon',
    'Judicial district of Walloon Brabant',
  ],
  [
    'region-arr-henegouwen',
    'region-prov-henegouwen',
    'Gerechtelijk arrondissement Henegouwen',
    'Arrondissement judiciaire du Hainaut',
    'Judicial district of Hainaut',
  ],
  [
    'region-arr-luik',
    'region-prov-luik',
    'Gerechtelijk arrondissement Luik',
    'Arrondissement judiciaire de Liège',
    'Judicial district of Liège',
  ],
  [
    'region-arr-eupen',
    'region-prov-luik',
    'Gerechtelijk arrondissement Eupen',
    "Arrondissement judiciaire d'Eupen",
    'Judicial district of Eupen',
  ],
  [
    'region-arr-luxemburg',
    'region-prov-luxemburg',
    'Gerechtelijk arrondissement Luxemburg',
    'Arrondissement judiciaire du Luxembourg',
    'Judicial district of Luxembourg',
  ],
  [
    'region-arr-namen',
    'region-prov-namen',
    'Gerechtelijk arrondissement Namen',
    'Arrondissement judiciaire de Namur',
    'Judicial district of Namur',
  ],
];

const RIECS: [string, string, 'BE' | 'NL', string, string, string][] = [
  [
    'region-ariec-oost-vlaanderen',
    'region-prov-oost-vlaanderen',
    'BE',
    'ARIEC-regio Oost-Vlaanderen',
    'Région ARIEC Flandre-Orientale',
    'ARIEC region East Flanders',
  ],
  [
    'region-ariec-west-vlaanderen',
    'region-prov-west-vlaanderen',
    'BE',
    'ARIEC-regio West-Vlaanderen',
    'Région ARIEC Flandre-Occidentale',
    'ARIEC region West Flanders',
  ],
  [
    'region-ariec-vlaams-brabant',
    'region-prov-vlaams-brabant',
    'BE',
    'ARIEC-regio Vlaams-Brabant',
    'Région ARIEC Brabant flamand',
    'ARIEC region Flemish Brabant',
  ],
  [
    'region-ariec-brussel',
    'region-brussels',
    'BE',
    'ARIEC-regio Brussel',
    'Région ARIEC Bruxelles',
    'ARIEC region Brussels',
  ],
  [
    'region-ariec-henegouwen',
    'region-prov-henegouwen',
    'BE',
    'ARIEC-regio Henegouwen',
    'Région ARIEC Hainaut',
    'ARIEC region Hainaut',
  ],
  [
    'region-ariec-luik',
    'region-prov-luik',
    'BE',
    'ARIEC-regio Luik',
    'Région ARIEC Liège',
    'ARIEC region Liège',
  ],
  [
    'region-ariec-luxemburg',
    'region-prov-luxemburg',
    'BE',
    'ARIEC-regio Luxemburg',
    'Région ARIEC Luxembourg',
    'ARIEC region Luxembourg',
  ],
  [
    'region-ariec-namen',
    'region-prov-namen',
    'BE',
    'ARIEC-regio Namen',
    'Région ARIEC Namur',
    'ARIEC region Namur',
  ],
  [
    'region-riec-noord-nederland',
    'region-nl',
    'NL',
    'RIEC-regio Noord-Nederland',
    'Région RIEC Nord des Pays-Bas',
    'RIEC region North Netherlands',
  ],
  [
    'region-riec-oost-nederland',
    'region-nl',
    'NL',
    'RIEC-regio Oost-Nederland',
    'Région RIEC Est des Pays-Bas',
    'RIEC region East Netherlands',
  ],
  [
    'region-riec-midden-nederland',
    'region-nl',
    'NL',
    'RIEC-regio Midden-Nederland',
    'Région RIEC Centre des Pays-Bas',
    'RIEC region Central Netherlands',
  ],
  [
    'region-riec-noord-holland',
    'region-nl',
    'NL',
    'RIEC-regio Noord-Holland',
    'Région RIEC Hollande-Septentrionale',
    'RIEC region North Holland',
  ],
  [
    'region-riec-amsterdam-amstelland',
    'region-nl',
    'NL',
    'RIEC-regio Amsterdam-Amstelland',
    'Région RIEC Amsterdam-Amstelland',
    'RIEC region Amsterdam-Amstelland',
  ],
  [
    'region-riec-den-haag',
    'region-nl',
    'NL',
    'RIEC-regio Den Haag',
    'Région RIEC La Haye',
    'RIEC region The Hague',
  ],
  [
    'region-riec-rotterdam',
    'region-nl',
    'NL',
    'RIEC-regio Rotterdam',
    'Région RIEC Rotterdam',
    'RIEC region Rotterdam',
  ],
];

/** Belgian police zones: about 180 for 581 municipalities. */
const BE_POLICE_ZONES = 180;

const NL_STARTS = [
  'Aar',
  'Bel',
  'Dor',
  'Eek',
  'Gel',
  'Hal',
  'Ker',
  'Lim',
  'Mor',
  'Nor',
  'Oos',
  'Rav',
  'Sel',
  'Tor',
  'Ulv',
  'Var',
  'Wes',
  'Zan',
  'Brak',
  'Hul',
  'Kort',
  'Lin',
  'Mol',
  'Pel',
  'Ruy',
  'Stee',
  'Vle',
  'Wint',
];
const NL_MIDDLES = ['', 'e', 'le', 'ven', 'de', 'ro', 'ste', 'me', 'na', 'ber', 'wi', 'ka'];
const NL_ENDS = [
  'gem',
  'kerke',
  'hove',
  'dorp',
  'beek',
  'rode',
  'zele',
  'hout',
  'lo',
  'dam',
  'dijk',
  'veen',
  'wijk',
  'horst',
  'broek',
  'heim',
];
const FR_STARTS = [
  'Bel',
  'Char',
  'Dor',
  'Flo',
  'Gam',
  'Hau',
  'Jam',
  'Lor',
  'Mar',
  'Nes',
  'Ouf',
  'Per',
  'Quie',
  'Ros',
  'Sau',
  'Thi',
  'Vel',
  'Wan',
  'Cour',
  'Fon',
];
const FR_MIDDLES = ['', 'e', 'an', 'mi', 'ro', 'la', 'ver', 'ti'];
const FR_ENDS = [
  'ville',
  'court',
  'mont',
  'sart',
  'fontaine',
  'ly',
  'ries',
  'champs',
  'bois',
  'val',
  'pré',
  'roche',
];

/** Invented place names that sound like the region's language (and are marked synthetic). */
class PlaceNames {
  private readonly used = new Set<string>();

  constructor(private readonly rng: Prng) {
    for (const [name] of SEED_MUNICIPALITIES) this.used.add(slug(name));
  }

  next(lang: 'nl' | 'fr'): string {
    for (let attempt = 0; attempt < 1000; attempt++) {
      const name =
        lang === 'nl'
          ? `${this.rng.pick(NL_STARTS)}${this.rng.pick(NL_MIDDLES)}${this.rng.pick(NL_ENDS)}`
          : `${this.rng.pick(FR_STARTS)}${this.rng.pick(FR_MIDDLES)}${this.rng.pick(FR_ENDS)}`;
      if (!this.used.has(slug(name))) {
        this.used.add(slug(name));
        return name;
      }
    }
    throw new Error('ran out of place names');
  }
}

function pickShare(shares: [string, number][], index: number, total: number): string {
  let acc = 0;
  const x = (index + 0.5) / total;
  for (const [id, share] of shares) {
    acc += share;
    if (x < acc) return id;
  }
  return (shares.at(-1) as [string, number])[0];
}

/** Builds the complete tree; the same at every scale (geography does not scale). */
export function buildRegionTree(rng: Prng): RegionTree {
  const names = new PlaceNames(rng);
  const regions: RegionRow[] = [];
  const partOf: [string, string][] = [];
  const municipalities: Municipality[] = [];
  const add = (row: RegionRow, parent: string | null) => {
    if (SEED_REGIONS.has(row.id)) return;
    regions.push(row);
    if (parent) partOf.push([row.id, parent]);
  };

  for (const p of [...BE_PROVINCES, ...NL_PROVINCES]) {
    add(
      {
        id: p.id,
        code: p.code,
        type: 'PROVINCE',
        country: p.country,
        nameNl: p.nl,
        nameFr: p.fr,
        nameEn: p.en,
        synthetic: false,
      },
      p.country === 'BE' ? 'region-be' : 'region-nl',
    );
  }
  for (const [id, parent, nl, fr, en] of ARRONDISSEMENTS) {
    add(
      {
        id,
        code: id.replace('region-arr-', 'ARR_').toUpperCase().replace(/-/g, '_'),
        type: 'ARRONDISSEMENT',
        country: 'BE',
        nameNl: nl,
        nameFr: fr,
        nameEn: en,
        synthetic: false,
      },
      parent,
    );
  }
  for (const [id, parent, country, nl, fr, en] of RIECS) {
    add(
      {
        id,
        code: id
          .replace(/^region-a?riec-/, country === 'BE' ? 'ARIEC_' : 'RIEC_')
          .toUpperCase()
          .replace(/-/g, '_'),
        type: 'RIEC_REGION',
        country,
        nameNl: nl,
        nameFr: fr,
        nameEn: en,
        synthetic: false,
      },
      parent,
    );
  }

  // Municipalities, province by province: the seed's first, then invented ones up to the real count.
  for (const p of [...BE_PROVINCES, ...NL_PROVINCES]) {
    const seeded = SEED_MUNICIPALITIES.filter((m) => m[1] === p.id);
    for (let i = 0; i < p.municipalities; i++) {
      const seed = seeded[i];
      const name = seed ? seed[0] : names.next(p.lang);
      const id = `region-mun-${slug(name)}`;
      const arrondissement = seed
        ? seed[2]
        : p.arrondissements
          ? pickShare(p.arrondissements, i, p.municipalities)
          : null;
      const riec = seed ? seed[4] : p.riecs ? pickShare(p.riecs, i, p.municipalities) : null;
      municipalities.push({
        id,
        code: slug(name).toUpperCase().replace(/-/g, '_'),
        type: 'MUNICIPALITY',
        country: p.country,
        nameNl: name,
        nameFr: name,
        nameEn: name,
        synthetic: !seed,
        province: p.id,
        arrondissement,
        policeZone: seed ? seed[3] : null,
        riec,
        lang: p.lang,
        fromSeed: Boolean(seed),
        border: p.border,
      });
    }
  }

  // Belgian police zones: the seed's, then consecutive groups within each arrondissement.
  const be = municipalities.filter((m) => m.country === 'BE');
  const byArr = new Map<string, Municipality[]>();
  for (const m of be) {
    const arr = m.arrondissement ?? 'none';
    byArr.set(arr, [...(byArr.get(arr) ?? []), m]);
  }
  let zoneNo = 0;
  for (const [arr, members] of byArr) {
    const free = members.filter((m) => !m.policeZone);
    const zones = Math.max(
      1,
      Math.round((members.length * BE_POLICE_ZONES) / be.length) - countSeedZones(members),
    );
    for (let z = 0; z < Math.min(zones, free.length); z++) {
      zoneNo++;
      const n = Math.min(zones, free.length);
      const group = free.slice(
        Math.round((z * free.length) / n),
        Math.round(((z + 1) * free.length) / n),
      );
      const first = group[0] as Municipality;
      const id = `region-pz-${slug(first.nameNl)}-${zoneNo}`;
      add(
        {
          id,
          code: `PZ_${String(zoneNo).padStart(3, '0')}`,
          type: 'POLICE_ZONE',
          country: 'BE',
          nameNl: `Politiezone ${group
            .map((m) => m.nameNl)
            .slice(0, 3)
            .join('/')} (synthetisch)`,
          nameFr: `Zone de police ${group
            .map((m) => m.nameFr)
            .slice(0, 3)
            .join('/')} (synthétique)`,
          nameEn: `${group
            .map((m) => m.nameEn)
            .slice(0, 3)
            .join('/')} police zone (synthetic)`,
          synthetic: true,
        },
        arr,
      );
      for (const m of group) m.policeZone = id;
    }
  }

  for (const m of municipalities) {
    if (m.fromSeed) continue;
    regions.push(m);
    partOf.push([m.id, m.province]);
    if (m.arrondissement) partOf.push([m.id, m.arrondissement]);
    if (m.policeZone) partOf.push([m.id, m.policeZone]);
    if (m.riec) partOf.push([m.id, m.riec]);
  }
  return { regions, partOf, municipalities };
}

function countSeedZones(members: Municipality[]): number {
  return new Set(members.map((m) => m.policeZone).filter((z) => z !== null && SEED_ZONES.has(z)))
    .size;
}
