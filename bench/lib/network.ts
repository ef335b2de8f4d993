/**
 * The national network as plain rows, computed in memory from (scale, seed) before anything is
 * written: organisations, units, contact points, persons and their ties, in the proportions of the
 * demo seed, around the seed itself (whose ids stay valid at every scale).
 *
 * At scale 1 every municipality takes part: about 10,400 organisations, 100,000 contacts and a
 * million relationships. At scale s a seeded share s of the municipalities takes part, with the
 * organisations of their area; the region tree is always complete.
 */
import { BARRIER_CODES, CONTACT_KINDS, DATA_CATEGORIES } from '../../shared/codes';
import { Prng, slug } from './prng';
import { buildRegionTree, type Municipality, type RegionRow, type RegionTree } from './regions';

export const BARRIERS = BARRIER_CODES;
type Barrier = (typeof BARRIERS)[number];

/** What the generator needs to know about the seed's reference data. */
export interface SeedReference {
  legalBases: { id: string; jurisdiction: string }[];
  measures: string[];
  /** Organisation ids of the seed, to avoid creating them twice. */
  organisations: string[];
}

export interface OrgRow {
  id: string;
  name: string;
  shortName: string | null;
  type: string;
  country: 'BE' | 'NL';
  website: string | null;
  descriptionNl: string;
  descriptionFr: string;
  descriptionEn: string;
  status: 'ACTIVE' | 'ARCHIVED';
}

export interface UnitRow {
  id: string;
  nameNl: string;
  nameFr: string;
  nameEn: string;
  descriptionNl: string;
  status: 'ACTIVE';
}

export interface ContactPointRow {
  id: string;
  nameNl: string;
  nameFr: string;
  nameEn: string;
  kind: string;
  email: string;
  phone: string;
  hoursNl: string;
  hoursFr: string;
  hoursEn: string;
  languages: string[];
  lastVerifiedAt: string;
  status: 'ACTIVE' | 'ARCHIVED';
}

export interface PersonRow {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  languages: string[];
  lastVerifiedAt: string;
  status: 'ACTIVE' | 'ARCHIVED';
}

export interface AgreementRow {
  id: string;
  dataCategories: string[];
  conditionsNl: string;
  conditionsFr: string;
  conditionsEn: string;
  crossBorder: boolean;
  mutual: boolean;
}

export interface Network {
  regions: RegionRow[];
  regionPartOf: { from: string; to: string }[];
  organisations: OrgRow[];
  units: UnitRow[];
  contactPoints: ContactPointRow[];
  persons: PersonRow[];
  agreements: AgreementRow[];
  hasRole: { from: string; to: string; role: string }[];
  covers: { from: string; to: string }[];
  unitOf: { from: string; to: string }[];
  /** ContactPoint -> Organisation or OrgUnit. */
  belongsTo: { from: string; to: string }[];
  worksAt: { from: string; to: string; function: string; since: string; until: string | null }[];
  contactFor: { from: string; to: string; role: string; priority: 'PRIMARY' | 'BACKUP' }[];
  canApply: { from: string; to: string }[];
  memberOf: { from: string; to: string }[];
  agreementFrom: { from: string; to: string }[];
  agreementTo: { from: string; to: string }[];
  agreementBasedOn: { from: string; to: string }[];
  counterparts: { from: string; to: string }[];
}

/** Local partners at scale 1 (the long tail of the directory), spread by municipality size. */
const LOCAL_PARTNERS_AT_FULL_SCALE = 8_300;

interface PartnerKind {
  type: string;
  nl: string;
  fr: string;
  share: number;
}

const PARTNER_KINDS: PartnerKind[] = [
  { type: 'VICTIM_SUPPORT', nl: 'Opvanghuis', fr: "Maison d'accueil", share: 0.12 },
  { type: 'SOCIAL_SERVICE', nl: 'Welzijnscentrum', fr: 'Centre de bien-être', share: 0.14 },
  { type: 'OTHER', nl: 'Woonmaatschappij', fr: 'Société de logement', share: 0.12 },
  { type: 'OTHER', nl: 'Juridisch loket', fr: 'Bureau juridique', share: 0.08 },
  { type: 'OTHER', nl: 'Huisartsenpraktijk', fr: 'Cabinet médical', share: 0.12 },
  { type: 'OTHER', nl: 'Buurtwerk', fr: 'Travail de quartier', share: 0.1 },
  { type: 'BANK', nl: 'Bankkantoor', fr: 'Agence bancaire', share: 0.14 },
  { type: 'OTHER', nl: 'Uitzendbureau', fr: "Agence d'intérim", share: 0.1 },
  { type: 'EXPERTISE_CENTRE', nl: 'Kenniscentrum', fr: "Centre d'expertise", share: 0.04 },
  { type: 'RESEARCH', nl: 'Hogeschool', fr: 'Haute école', share: 0.04 },
];

/** Which roles an organisation of a type can play, and how many (barrier, role) pairs on average. */
const ROLE_PROFILE: Record<string, { roles: string[]; mean: number }> = {
  MUNICIPALITY: {
    roles: [
      'SIGNAL',
      'INFORMATION_HOLDER',
      'INSPECT',
      'ADMIN_ENFORCE',
      'SCREEN',
      'REFER',
      'COORDINATE',
    ],
    mean: 15,
  },
  SOCIAL_SERVICE: {
    roles: ['SIGNAL', 'INFORMATION_HOLDER', 'SUPPORT_VICTIM', 'REFER', 'ADVISE'],
    mean: 9,
  },
  POLICE: { roles: ['SIGNAL', 'INFORMATION_HOLDER', 'INSPECT', 'INVESTIGATE', 'REFER'], mean: 14 },
  PROSECUTION: { roles: ['PROSECUTE', 'COORDINATE', 'ADVISE'], mean: 7 },
  EXPERTISE_CENTRE: { roles: ['ADVISE', 'COORDINATE', 'INFORMATION_HOLDER', 'REFER'], mean: 11 },
  VICTIM_SUPPORT: { roles: ['SUPPORT_VICTIM', 'SIGNAL', 'REFER', 'ADVISE'], mean: 10 },
  LABOUR_INSPECTION: { roles: ['INSPECT', 'INVESTIGATE', 'SIGNAL', 'INFORMATION_HOLDER'], mean: 8 },
  TAX: { roles: ['INFORMATION_HOLDER', 'INSPECT', 'SIGNAL'], mean: 4 },
  BANK: { roles: ['SIGNAL', 'INFORMATION_HOLDER'], mean: 5 },
  RESEARCH: { roles: ['ADVISE', 'INFORMATION_HOLDER'], mean: 5 },
  OTHER: { roles: ['SIGNAL', 'REFER', 'INFORMATION_HOLDER', 'ADVISE'], mean: 7 },
};

const UNIT_NAMES: Record<string, [string, string, string][]> = {
  MUNICIPALITY: [
    ['Dienst Bevolking', 'Service Population', 'Population Register Office'],
    ['Burgerzaken', 'Affaires citoyennes', 'Civil Affairs'],
    ['Woninginspectie', 'Inspection du logement', 'Housing Inspection'],
    ['Economie en Vergunningen', 'Économie et Autorisations', 'Economy and Permits'],
    ['Integrale Veiligheid', 'Sécurité intégrale', 'Integral Safety'],
    ['Handhaving', 'Application des règlements', 'Enforcement'],
    ['Financiën', 'Finances', 'Finance'],
    ['Vreemdelingendienst', 'Service des étrangers', 'Foreigners Office'],
  ],
  POLICE: [
    ['Lokale Recherche', 'Recherche locale', 'Local Investigations'],
    ['Wijkwerking', 'Police de quartier', 'Community Policing'],
    ['Interventie', 'Intervention', 'Response'],
    ['Migratie en Mensenhandel', 'Migration et traite', 'Migration and Trafficking'],
  ],
  DEFAULT: [
    ['Onthaal', 'Accueil', 'Reception'],
    ['Begeleiding', 'Accompagnement', 'Guidance'],
    ['Administratie', 'Administration', 'Administration'],
    ['Teamleiding', "Direction d'équipe", 'Team Lead'],
  ],
};

const UNITS_PER_ORG: Record<string, [number, number]> = {
  MUNICIPALITY: [4, 8],
  POLICE: [2, 4],
  SOCIAL_SERVICE: [1, 4],
  PROSECUTION: [1, 3],
  DEFAULT: [0, 3],
};

const FIRST_NAMES = [
  'Anna',
  'Bram',
  'Chloé',
  'Daan',
  'Elif',
  'Fien',
  'Gert',
  'Hanne',
  'Ilias',
  'Julie',
  'Koen',
  'Lotte',
  'Mehdi',
  'Nora',
  'Olivier',
  'Pieter',
  'Rania',
  'Sofie',
  'Thomas',
  'Ursula',
  'Victor',
  'Wout',
  'Yasmine',
  'Zoë',
  'Amélie',
  'Baptiste',
  'Camille',
  'Dirk',
  'Emma',
  'Floris',
];
const LAST_NAMES = [
  'Peeters',
  'Janssens',
  'Maes',
  'Jacobs',
  'Willems',
  'Claes',
  'Goossens',
  'Wouters',
  'De Smet',
  'Dubois',
  'Lambert',
  'Dupont',
  'de Jong',
  'Jansen',
  'de Vries',
  'van den Berg',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'Mulder',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'Dekker',
  'Martens',
  'Leclercq',
  'Renard',
  'Hermans',
];
const FUNCTIONS = [
  'Coördinator mensenhandel',
  'Woningcontroleur',
  'Beleidsmedewerker veiligheid',
  'Wijkagent',
  'Maatschappelijk werker',
  'Jurist',
  'Teamleider',
  'Inspecteur',
  'Analist',
  'Dossierbeheerder',
];
const CONDITIONS: [string, string, string][] = [
  [
    'Alleen voor concrete dossiers in het lokaal overleg, met registratie van elke verstrekking.',
    'Uniquement pour des dossiers concrets en concertation locale, avec enregistrement de chaque transmission.',
    'Only for specific cases in the local consultation, with each disclosure logged.',
  ],
  [
    'Per signaal, beperkt tot wat nodig is voor beeldvorming en advies.',
    "Par signalement, limité à ce qui est nécessaire à l'analyse et à l'avis.",
    'Per signal, limited to what is needed for analysis and advice.',
  ],
  [
    'Op verzoek, na toetsing door de functionaris gegevensbescherming.',
    'Sur demande, après examen par le délégué à la protection des données.',
    'On request, after review by the data protection officer.',
  ],
];
const NETWORK_BY_AREA: Record<string, string> = {
  'region-prov-limburg-be': 'net-ariec-limburg-protocol',
  'region-prov-antwerpen': 'net-ariec-antwerpen-protocol',
};
/** Neighbouring provinces across the border, for counterparts and cross-border agreements. */
const ACROSS_BORDER: Record<string, string[]> = {
  'region-prov-antwerpen': ['region-prov-noord-brabant', 'region-prov-zeeland'],
  'region-prov-limburg-be': ['region-prov-limburg-nl', 'region-prov-noord-brabant'],
  'region-prov-oost-vlaanderen': ['region-prov-zeeland'],
  'region-prov-west-vlaanderen': ['region-prov-zeeland'],
  'region-prov-luik': ['region-prov-limburg-nl'],
  'region-prov-zeeland': [
    'region-prov-oost-vlaanderen',
    'region-prov-west-vlaanderen',
    'region-prov-antwerpen',
  ],
  'region-prov-noord-brabant': ['region-prov-antwerpen', 'region-prov-limburg-be'],
  'region-prov-limburg-nl': ['region-prov-limburg-be', 'region-prov-luik'],
};

/** Demo-seed organisations per municipality, so generated partners tie in with them. */
const SEED_MUNICIPALITY_ORGS: Record<string, string> = {
  'region-mun-antwerpen': 'org-stad-antwerpen',
  'region-mun-genk': 'org-stad-genk',
  'region-mun-hasselt': 'org-stad-hasselt',
  'region-mun-mechelen': 'org-stad-mechelen',
  'region-mun-maasmechelen': 'org-gemeente-maasmechelen',
  'region-mun-sint-truiden': 'org-stad-sint-truiden',
  'region-mun-lommel': 'org-stad-lommel',
  'region-mun-tilburg': 'org-gemeente-tilburg',
  'region-mun-breda': 'org-gemeente-breda',
  'region-mun-eindhoven': 'org-gemeente-eindhoven',
  'region-mun-roosendaal': 'org-gemeente-roosendaal',
  'region-mun-s-hertogenbosch': 'org-gemeente-s-hertogenbosch',
  'region-mun-helmond': 'org-gemeente-helmond',
  'region-mun-maastricht': 'org-gemeente-maastricht',
  'region-mun-middelburg': 'org-gemeente-middelburg',
};
const SEED_SOCIAL_ORGS: Record<string, string> = {
  'region-mun-antwerpen': 'org-ocmw-antwerpen',
  'region-mun-genk': 'org-ocmw-genk',
  'region-mun-eindhoven': 'org-wijeindhoven',
};
const SEED_AREA_ORGS: Record<string, string> = {
  'region-pz-antwerpen': 'org-pz-antwerpen',
  'region-pz-carma': 'org-pz-carma',
  'region-pz-hazodi': 'org-pz-hazodi',
  'region-pz-lommel': 'org-pz-lommel',
  'region-riec-zeeland-west-brabant': 'org-politie-zeeland-west-brabant',
  'region-riec-oost-brabant': 'org-politie-oost-brabant',
  'region-riec-limburg': 'org-politie-limburg',
};

/** The municipalities that take part at this scale: the seed's always, then a seeded share. */
function participating(tree: RegionTree, scale: number, rng: Prng): Municipality[] {
  const target = Math.max(1, Math.round(tree.municipalities.length * Math.min(1, scale)));
  const seeded = tree.municipalities.filter((m) => m.fromSeed);
  const others = rng.shuffle(tree.municipalities.filter((m) => !m.fromSeed));
  return [...seeded, ...others].slice(0, Math.max(target, seeded.length));
}

/** Builds the whole network in memory. */
export function buildNetwork(scale: number, seedNumber: number, ref: SeedReference): Network {
  return new NetworkBuilder(scale, seedNumber, ref).build();
}

class NetworkBuilder {
  private readonly rng: Prng;
  private readonly tree: RegionTree;
  private readonly net: Network;
  private readonly seedOrgs: Set<string>;
  private readonly usedIds = new Set<string>();
  /** Organisations by the area (municipality, zone, province…) they are rooted in. */
  private readonly orgsByMunicipality = new Map<string, string[]>();
  private readonly orgsByProvince = new Map<string, string[]>();
  private readonly areaOrgs = new Map<string, string[]>();
  private readonly orgInfo = new Map<
    string,
    {
      type: string;
      country: 'BE' | 'NL';
      province: string;
      municipality: string | null;
      place: string;
      lang: 'nl' | 'fr';
      barriers: Map<Barrier, string[]>;
    }
  >();
  private counter = 0;

  constructor(
    private readonly scale: number,
    seedNumber: number,
    private readonly ref: SeedReference,
  ) {
    this.rng = new Prng(seedNumber);
    this.tree = buildRegionTree(this.rng);
    this.seedOrgs = new Set(ref.organisations);
    this.net = {
      regions: this.tree.regions,
      regionPartOf: this.tree.partOf.map(([from, to]) => ({ from, to })),
      organisations: [],
      units: [],
      contactPoints: [],
      persons: [],
      agreements: [],
      hasRole: [],
      covers: [],
      unitOf: [],
      belongsTo: [],
      worksAt: [],
      contactFor: [],
      canApply: [],
      memberOf: [],
      agreementFrom: [],
      agreementTo: [],
      agreementBasedOn: [],
      counterparts: [],
    };
  }

  build(): Network {
    const members = participating(this.tree, this.scale, this.rng);
    const provinces = new Set(members.map((m) => m.province));
    // Sizes follow a Zipf-like curve: a few large cities, many small towns. The seed's big cities
    // come first so that Antwerp is the largest hub at every scale.
    const order = [...members].sort((a, b) => Number(b.fromSeed) - Number(a.fromSeed));
    const weights = order.map((_, rank) => 1 / (rank + 1) ** 0.6);
    const totalWeight = weights.reduce((s, w) => s + w, 0);
    const localPartners = Math.round(LOCAL_PARTNERS_AT_FULL_SCALE * Math.min(1, this.scale));

    order.forEach((m, rank) => {
      const place = m.nameNl;
      const muniOrg =
        SEED_MUNICIPALITY_ORGS[m.id] ??
        this.org({
          id: `org-${m.lang === 'fr' ? 'commune' : 'gemeente'}-${slug(place)}`,
          name: m.lang === 'fr' ? `Commune de ${place}` : `Gemeente ${place}`,
          shortName: place,
          type: 'MUNICIPALITY',
          m,
          covers: [m.id],
        });
      this.registerSeed(muniOrg, 'MUNICIPALITY', m);
      const social =
        SEED_SOCIAL_ORGS[m.id] ??
        this.org({
          id: `org-${m.country === 'NL' ? 'sociaal-team' : m.lang === 'fr' ? 'cpas' : 'ocmw'}-${slug(place)}`,
          name:
            m.country === 'NL'
              ? `Sociaal team ${place}`
              : m.lang === 'fr'
                ? `CPAS de ${place}`
                : `OCMW ${place}`,
          shortName: null,
          type: 'SOCIAL_SERVICE',
          m,
          covers: [m.id],
        });
      this.registerSeed(social, 'SOCIAL_SERVICE', m);
      const count = Math.round(((weights[rank] as number) / totalWeight) * localPartners);
      for (let i = 0; i < count; i++) {
        const kind = this.pickKind();
        const name = `${m.lang === 'fr' ? kind.fr : kind.nl} ${place}${i > 0 ? ` ${i + 1}` : ''}`;
        const neighbours = this.rng.chance(0.15)
          ? this.rng.sample(members, 2).map((x) => x.id)
          : [];
        this.org({
          id: `org-${slug(name)}`,
          name,
          shortName: null,
          type: kind.type,
          m,
          covers: [m.id, ...neighbours],
        });
      }
    });

    this.areaOrganisations(members, provinces);
    for (const o of this.net.organisations) this.details(o);
    this.agreements();
    this.counterparts();
    return this.net;
  }

  private pickKind(): PartnerKind {
    let x = this.rng.next();
    for (const k of PARTNER_KINDS) {
      x -= k.share;
      if (x < 0) return k;
    }
    return PARTNER_KINDS[0] as PartnerKind;
  }

  /** Police zones and units, prosecutors, (A)RIEC offices and regional offices of national bodies. */
  private areaOrganisations(members: Municipality[], provinces: Set<string>) {
    const zones = new Map<string, Municipality>();
    const riecs = new Map<string, Municipality>();
    const arrs = new Map<string, Municipality>();
    for (const m of members) {
      if (m.policeZone) zones.set(m.policeZone, zones.get(m.policeZone) ?? m);
      if (m.riec) riecs.set(m.riec, riecs.get(m.riec) ?? m);
      if (m.arrondissement) arrs.set(m.arrondissement, arrs.get(m.arrondissement) ?? m);
    }
    const regionName = new Map(this.tree.regions.map((r) => [r.id, r.nameNl]));
    const short = (id: string) =>
      (regionName.get(id) ?? id.replace(/^region-[a-z]+-/, '').replace(/-/g, ' '))
        .replace(/^(Politiezone|Gerechtelijk arrondissement|A?RIEC-regio|Provincie) /, '')
        .replace(/ \(synthetisch\)$/, '');
    for (const [zone, m] of zones) {
      const id = SEED_AREA_ORGS[zone];
      if (id) {
        this.registerSeed(id, 'POLICE', m);
        continue;
      }
      const org = this.org({
        id: `org-${zone.replace('region-', '')}`,
        name: `Lokale politie ${short(zone)}`,
        shortName: null,
        type: 'POLICE',
        m,
        covers: [zone],
      });
      this.pushArea(zone, org);
    }
    for (const [riec, m] of riecs) {
      if (m.country === 'NL') {
        const police =
          SEED_AREA_ORGS[riec] ??
          this.org({
            id: `org-politie-${riec.replace('region-riec-', '')}`,
            name: `Politie eenheid ${short(riec)}`,
            shortName: null,
            type: 'POLICE',
            m,
            covers: [riec],
          });
        this.registerSeed(police, 'POLICE', m);
        this.pushArea(riec, police);
        if (
          ![
            'region-riec-zeeland-west-brabant',
            'region-riec-oost-brabant',
            'region-riec-limburg',
          ].includes(riec)
        ) {
          this.pushArea(
            riec,
            this.org({
              id: `org-riec-${riec.replace('region-riec-', '')}`,
              name: `RIEC ${short(riec)}`,
              shortName: null,
              type: 'EXPERTISE_CENTRE',
              m,
              covers: [riec],
            }),
          );
          this.pushArea(
            riec,
            this.org({
              id: `org-parket-${riec.replace('region-riec-', '')}`,
              name: `Arrondissementsparket ${short(riec)}`,
              shortName: null,
              type: 'PROSECUTION',
              m,
              covers: [riec],
            }),
          );
        }
      } else if (!['region-ariec-antwerpen', 'region-ariec-limburg'].includes(riec)) {
        this.pushArea(
          riec,
          this.org({
            id: `org-${riec.replace('region-', '')}`,
            name: `ARIEC ${short(riec)}`,
            shortName: null,
            type: 'EXPERTISE_CENTRE',
            m,
            covers: [riec],
          }),
        );
      }
    }
    for (const [arr, m] of arrs) {
      if (arr === 'region-arr-antwerpen' || arr === 'region-arr-limburg') continue;
      const name =
        m.lang === 'fr' ? `Parquet du procureur du Roi ${short(arr)}` : `Parket ${short(arr)}`;
      this.pushArea(
        arr,
        this.org({
          id: `org-parket-${arr.replace('region-arr-', '')}`,
          name,
          shortName: null,
          type: 'PROSECUTION',
          m,
          covers: [arr],
        }),
      );
    }
    for (const p of provinces) {
      const m = members.find((x) => x.province === p) as Municipality;
      const name = short(p);
      const [inspection, tax] =
        m.country === 'NL'
          ? [`Nederlandse Arbeidsinspectie regio ${name}`, `Belastingdienst kantoor ${name}`]
          : m.lang === 'fr'
            ? [`Inspection sociale ${name}`, `SPF Finances bureau ${name}`]
            : [`Sociale inspectie ${name}`, `FOD Financiën kantoor ${name}`];
      this.pushArea(
        p,
        this.org({
          id: `org-${slug(inspection)}`,
          name: inspection,
          shortName: null,
          type: 'LABOUR_INSPECTION',
          m,
          covers: [p],
        }),
      );
      this.pushArea(
        p,
        this.org({
          id: `org-${slug(tax)}`,
          name: tax,
          shortName: null,
          type: 'TAX',
          m,
          covers: [p],
        }),
      );
    }
  }

  private pushArea(area: string, org: string) {
    this.areaOrgs.set(area, [...(this.areaOrgs.get(area) ?? []), org]);
  }

  private registerSeed(id: string, type: string, m: Municipality) {
    if (!this.seedOrgs.has(id) || this.orgInfo.has(id)) return;
    this.orgInfo.set(id, {
      type,
      country: m.country,
      province: m.province,
      municipality: m.id,
      place: m.nameNl,
      lang: m.lang,
      barriers: new Map(),
    });
    this.index(id, m);
  }

  private index(id: string, m: Municipality) {
    this.orgsByMunicipality.set(m.id, [...(this.orgsByMunicipality.get(m.id) ?? []), id]);
    this.orgsByProvince.set(m.province, [...(this.orgsByProvince.get(m.province) ?? []), id]);
  }

  private uniqueId(id: string): string {
    let candidate = id;
    for (let n = 2; this.usedIds.has(candidate) || this.seedOrgs.has(candidate); n++)
      candidate = `${id}-${n}`;
    this.usedIds.add(candidate);
    return candidate;
  }

  private org(o: {
    id: string;
    name: string;
    shortName: string | null;
    type: string;
    m: Municipality;
    covers: string[];
  }): string {
    const id = this.uniqueId(o.id);
    const fr = o.m.lang === 'fr';
    this.net.organisations.push({
      id,
      name: o.name,
      shortName: o.shortName,
      type: o.type,
      country: o.m.country,
      website: `https://www.${slug(o.name)}.example.${o.m.country.toLowerCase()}`,
      descriptionNl: `${o.name}: partner in het netwerk tegen mensenhandel in ${o.m.nameNl}.`,
      descriptionFr: `${o.name} : partenaire du réseau contre la traite des êtres humains à ${o.m.nameFr}.`,
      descriptionEn: `${o.name}: partner in the network against human trafficking in ${o.m.nameEn}.`,
      status: this.rng.chance(0.02) ? 'ARCHIVED' : 'ACTIVE',
    });
    for (const r of new Set(o.covers)) this.net.covers.push({ from: id, to: r });
    this.orgInfo.set(id, {
      type: o.type,
      country: o.m.country,
      province: o.m.province,
      municipality: o.covers[0]?.startsWith('region-mun-') ? o.m.id : null,
      place: o.m.nameNl,
      lang: fr ? 'fr' : 'nl',
      barriers: new Map(),
    });
    this.index(id, o.m);
    return id;
  }

  private nextId(prefix: string): string {
    this.counter++;
    return `${prefix}-g${this.counter.toString(36)}`;
  }

  private date(maxDaysAgo: number): string {
    const d = new Date(Date.UTC(2026, 5, 1) - this.rng.int(0, maxDaysAgo) * 86_400_000);
    return d.toISOString().slice(0, 10);
  }

  /** Roles, units, contacts, measures and networks of one generated organisation. */
  private details(o: OrgRow) {
    const info = this.orgInfo.get(o.id);
    if (!info) return;
    const profile =
      ROLE_PROFILE[o.type] ?? (ROLE_PROFILE.OTHER as { roles: string[]; mean: number });
    const p = Math.min(1, profile.mean / (BARRIERS.length * profile.roles.length));
    for (const b of BARRIERS) {
      for (const role of profile.roles) {
        if (!this.rng.chance(p)) continue;
        this.net.hasRole.push({ from: o.id, to: `barrier-${b.toLowerCase()}`, role });
        info.barriers.set(b, [...(info.barriers.get(b) ?? []), role]);
      }
    }
    if (info.barriers.size === 0) {
      const b = this.rng.pick(BARRIERS);
      const role = this.rng.pick(profile.roles);
      this.net.hasRole.push({ from: o.id, to: `barrier-${b.toLowerCase()}`, role });
      info.barriers.set(b, [role]);
    }

    const [minUnits, maxUnits] =
      UNITS_PER_ORG[o.type] ?? (UNITS_PER_ORG.DEFAULT as [number, number]);
    const unitNames = UNIT_NAMES[o.type] ?? (UNIT_NAMES.DEFAULT as [string, string, string][]);
    const places: string[] = [o.id];
    for (const [nl, fr, en] of this.rng.sample(unitNames, this.rng.int(minUnits, maxUnits))) {
      const id = this.nextId('unit');
      this.net.units.push({
        id,
        nameNl: `${nl} (${info.place})`,
        nameFr: `${fr} (${info.place})`,
        nameEn: `${en} (${info.place})`,
        descriptionNl: `${nl} van ${o.name}.`,
        status: 'ACTIVE',
      });
      this.net.unitOf.push({ from: id, to: o.id });
      places.push(id);
    }

    const domain = `${slug(o.shortName ?? o.name).slice(0, 30)}.example.${o.country.toLowerCase()}`;
    const languages =
      o.country === 'NL' ? ['nl', 'en'] : info.lang === 'fr' ? ['fr', 'en'] : ['nl', 'fr', 'en'];
    const phonePrefix = o.country === 'NL' ? '+3120555' : '+322555';
    places.forEach((place, i) => {
      const cps = i === 0 ? this.rng.int(1, 2) : this.rng.int(1, 2);
      for (let c = 0; c < cps; c++) {
        const id = this.nextId('cp');
        const kind = this.rng.pick(CONTACT_KINDS);
        const topic = this.rng.pick([
          'Meldpunt mensenhandel',
          'Algemeen contact',
          'Loket',
          'SPOC bestuurlijke aanpak',
          'Secretariaat',
        ]);
        this.net.contactPoints.push({
          id,
          nameNl: `${topic} ${o.shortName ?? o.name}`,
          nameFr: `${topic} ${o.shortName ?? o.name}`,
          nameEn: `${topic} ${o.shortName ?? o.name}`,
          kind,
          email: `${slug(topic)}-${c + 1}@${domain}`,
          phone: `${phonePrefix}${String(this.rng.int(0, 9999)).padStart(4, '0')}`,
          hoursNl: 'ma–vr 9–17u',
          hoursFr: 'lun–ven 9h–17h',
          hoursEn: 'Mon–Fri 9am–5pm',
          languages,
          lastVerifiedAt: this.date(720),
          status: this.rng.chance(0.03) ? 'ARCHIVED' : 'ACTIVE',
        });
        this.net.belongsTo.push({ from: id, to: place });
        this.responsibilities(id, info.barriers, 0.85);
      }
      const people =
        i === 0 ? this.rng.int(1, 3) : this.rng.int(1, 2) + (this.rng.chance(0.15) ? 1 : 0);
      for (let n = 0; n < people; n++) {
        const id = this.nextId('person');
        const firstName = this.rng.pick(FIRST_NAMES);
        const lastName = this.rng.pick(LAST_NAMES);
        this.net.persons.push({
          id,
          firstName,
          lastName,
          email: `${slug(firstName)}.${slug(lastName)}@${domain}`,
          phone: `${phonePrefix}${String(this.rng.int(0, 9999)).padStart(4, '0')}`,
          languages,
          lastVerifiedAt: this.date(720),
          status: this.rng.chance(0.05) ? 'ARCHIVED' : 'ACTIVE',
        });
        const since = this.date(4000);
        this.net.worksAt.push({
          from: id,
          to: place,
          function: this.rng.pick(FUNCTIONS),
          since,
          until: null,
        });
        if (this.rng.chance(0.1)) {
          const other = this.rng.pick(places);
          this.net.worksAt.push({
            from: id,
            to: other,
            function: this.rng.pick(FUNCTIONS),
            since: '2012-01-01',
            until: since,
          });
        }
        this.responsibilities(id, info.barriers, 0.05);
      }
    });

    const measures = this.ref.measures.filter((id) =>
      o.country === 'NL' ? !/-be-|diob/.test(id) : !/-nl-|bibob/.test(id),
    );
    const nMeasures =
      o.type === 'MUNICIPALITY'
        ? this.rng.int(6, 10)
        : ['POLICE', 'LABOUR_INSPECTION', 'TAX', 'PROSECUTION'].includes(o.type)
          ? this.rng.int(1, 3)
          : this.rng.int(0, 2);
    for (const m of this.rng.sample(measures, nMeasures))
      this.net.canApply.push({ from: o.id, to: m });

    const publicBody = !['BANK', 'OTHER', 'RESEARCH'].includes(o.type);
    if (publicBody && o.country === 'NL')
      this.net.memberOf.push({ from: o.id, to: 'net-riec-liec-covenant' });
    const areaNet = NETWORK_BY_AREA[info.province];
    if (publicBody && areaNet) this.net.memberOf.push({ from: o.id, to: areaNet });
  }

  /** CONTACT_FOR: the barriers (a subset of the organisation's) and roles this contact answers for. */
  private responsibilities(
    contact: string,
    barriers: Map<Barrier, string[]>,
    primaryShare: number,
  ) {
    const all = [...barriers.keys()];
    const chosen = this.rng.sample(all, this.rng.int(Math.min(3, all.length), all.length));
    for (const b of chosen) {
      const roles = barriers.get(b) ?? [];
      for (const role of this.rng.sample(
        roles,
        this.rng.int(Math.min(2, roles.length), Math.min(4, roles.length)),
      )) {
        this.net.contactFor.push({
          from: contact,
          to: `barrier-${b.toLowerCase()}`,
          role,
          priority: this.rng.chance(primaryShare) ? 'PRIMARY' : 'BACKUP',
        });
      }
    }
  }

  /** About 1.45 agreements per organisation: mostly local, some regional, a few cross-border. */
  private agreements() {
    const orgs = [...this.orgInfo.keys()];
    const count = Math.round(this.net.organisations.length * 1.45);
    const legal = (j: string) =>
      this.ref.legalBases.filter((l) => l.jurisdiction === j).map((l) => l.id);
    const bases = { BE: legal('BE'), NL: legal('NL'), X: [...legal('BENELUX'), ...legal('EU')] };
    for (let i = 0; i < count; i++) {
      const from = this.rng.pick(orgs);
      const info = this.orgInfo.get(from);
      if (!info) continue;
      const x = this.rng.next();
      let pool: string[] | undefined;
      let cross = false;
      if (x < 0.6 && info.municipality) pool = this.orgsByMunicipality.get(info.municipality);
      else if (x < 0.85) pool = this.orgsByProvince.get(info.province);
      else if (x < 0.95) {
        const across = ACROSS_BORDER[info.province];
        if (across) {
          pool = across.flatMap((p) => this.orgsByProvince.get(p) ?? []);
          cross = true;
        }
      }
      pool = pool?.length ? pool : orgs;
      const to = this.rng.pick(pool);
      if (to === from) continue;
      const toInfo = this.orgInfo.get(to);
      const crossBorder = cross || (toInfo !== undefined && toInfo.country !== info.country);
      const id = this.nextId('agr');
      const [nl, fr, en] = this.rng.pick(CONDITIONS);
      this.net.agreements.push({
        id,
        dataCategories: this.rng.sample(DATA_CATEGORIES, this.rng.int(2, 4)),
        conditionsNl: nl,
        conditionsFr: fr,
        conditionsEn: en,
        crossBorder,
        mutual: this.rng.chance(0.7),
      });
      this.net.agreementFrom.push({ from: id, to: from });
      this.net.agreementTo.push({ from: id, to });
      const pool2 = crossBorder ? bases.X : info.country === 'BE' ? bases.BE : bases.NL;
      for (const l of this.rng.sample(pool2.length ? pool2 : bases.X, this.rng.int(1, 2)))
        this.net.agreementBasedOn.push({ from: id, to: l });
    }
  }

  /** Municipalities and police near the border get a counterpart on the other side. */
  private counterparts() {
    for (const [id, info] of this.orgInfo) {
      if (this.seedOrgs.has(id) || info.country !== 'BE') continue;
      const across = ACROSS_BORDER[info.province];
      const publicBody = !['BANK', 'OTHER', 'RESEARCH'].includes(info.type);
      if (!across || !this.rng.chance(publicBody ? 0.5 : 0.1)) continue;
      const pool = across
        .flatMap((p) => this.orgsByProvince.get(p) ?? [])
        .filter((o) => !publicBody || this.orgInfo.get(o)?.type === info.type);
      if (pool.length) this.net.counterparts.push({ from: id, to: this.rng.pick(pool) });
    }
  }
}

/** Counts for the progress output and the report. */
export function networkCounts(n: Network) {
  const contacts = n.contactPoints.length + n.persons.length;
  const relationships =
    n.regionPartOf.length +
    n.hasRole.length +
    n.covers.length +
    n.unitOf.length +
    n.belongsTo.length +
    n.worksAt.length +
    n.contactFor.length +
    n.canApply.length +
    n.memberOf.length +
    n.agreementFrom.length +
    n.agreementTo.length +
    n.agreementBasedOn.length +
    n.counterparts.length;
  return {
    regions: n.regions.length,
    organisations: n.organisations.length,
    units: n.units.length,
    contactPoints: n.contactPoints.length,
    persons: n.persons.length,
    contacts,
    agreements: n.agreements.length,
    relationships,
  };
}
