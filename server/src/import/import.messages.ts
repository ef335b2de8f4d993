/** Messages of the import in the user's language: its own problems, then the shared ones. */
import type { Language } from '../shared/language';
import { message } from '../shared/messages';

type Params = Record<string, string | number>;
type Catalogue = Record<string, (p: Params) => string>;

// A workbook's rows are counted as the spreadsheet shows them ("rij 3"), a CSV file's lines as
// the file has them ("regel 3"); French says "ligne" for both.
const nlAt = (p: Params) => `${p.sheet ? 'rij' : 'regel'} ${p.line}`;
const enAt = (p: Params) => `${p.sheet ? 'row' : 'line'} ${p.line}`;

const NL: Catalogue = {
  empty_file: () => 'Het bestand is leeg: de eerste regel moet de kolomnamen bevatten',
  unterminated_quote: (p) => `Een aanhalingsteken op regel ${p.line} wordt nooit gesloten`,
  missing_column: (p) => `De kolom ${p.column} ontbreekt`,
  duplicate_column: (p) => `De kolom ${p.column} staat er twee keer`,
  ignored_columns: (p) => `Onbekende kolommen worden genegeerd: ${p.columns}`,
  too_many_rows: (p) => `Hoogstens ${p.max} rijen per bestand; splits het bestand`,
  too_large: (p) => `Hoogstens ${p.max} MB per bestand; splits het bestand`,
  too_many_cells: (p) => `Deze rij heeft ${p.count} cellen, de kolomkoppen maar ${p.columns}`,
  conflicting_value: (p) =>
    `Verschilt van ${nlAt(p)} voor dezelfde organisatie; maak de rijen gelijk`,
  duplicate_row: (p) => `Dit contact staat al op ${nlAt(p)}`,
  ambiguous: (p) => `Meerdere treffers (${p.options}); gebruik de id`,
  out_of_scope: () => 'Valt buiten uw bevoegdheid als coördinator',
  coverage_removal_out_of_scope: (p) =>
    `Dit haalt ${p.regions} uit het werkgebied, en dat valt buiten uw bevoegdheid als coördinator`,
  coverage_required: () =>
    'Geef als coördinator de gebieden die de organisatie bedient (binnen uw bevoegdheid)',
  other_organisation: () =>
    'Dit contact hoort bij een andere organisatie; verhuizen kan alleen in de toepassing',
  other_unit: () =>
    'Dit contact hoort bij een andere dienst; verhuizen kan alleen in de toepassing',
  kind_change: () => 'Een persoon kan geen contactpunt worden, en omgekeerd',
  only_contact_points: () => 'Alleen voor contactpunten, niet voor personen',
  only_persons: () => 'Alleen voor personen, niet voor contactpunten',
  contact_kind_required: () =>
    'Geef het soort contact (MAILBOX, PHONE_LINE, DESK, SPOC, WEB_FORM of PERSON)',
  checksum_mismatch: () =>
    'Dit is niet het bestand van de proefimport (of het is intussen gewijzigd); doe eerst een proefimport',
  file_has_problems: () => 'Het bestand heeft fouten; verbeter ze en doe opnieuw een proefimport',
  organisation_refused: (p) =>
    `De rij op ${nlAt(p)} die deze organisatie aanmaakt werd geweigerd, dus ook deze rij; verbeter eerst ${nlAt(p)}`,
  not_xlsx: () =>
    'Dit is geen Excel-werkmap (.xlsx) of het bestand is beschadigd; bewaar het in Excel als "Excel-werkmap (.xlsx)" of als "CSV UTF-8"',
  unpacked_too_large: (p) =>
    `Deze werkmap is uitgepakt groter dan ${p.max} MB; splits de lijst of bewaar ze als CSV`,
  formula_cell: (p) =>
    `Cel ${p.cell} bevat een formule; formules worden niet ingelezen: kopieer de cel en plak alleen de waarde`,
  error_cell: (p) => `Cel ${p.cell} bevat een foutwaarde (zoals #N/B); vul de waarde zelf in`,
  one_file: () => 'Geef één bestand: een CSV-bestand of een Excel-werkmap (.xlsx)',
};

const FR: Catalogue = {
  empty_file: () => 'Le fichier est vide : la première ligne doit contenir les noms des colonnes',
  unterminated_quote: (p) => `Un guillemet ouvert à la ligne ${p.line} n'est jamais fermé`,
  missing_column: (p) => `La colonne ${p.column} manque`,
  duplicate_column: (p) => `La colonne ${p.column} figure deux fois`,
  ignored_columns: (p) => `Colonnes inconnues ignorées : ${p.columns}`,
  too_many_rows: (p) => `Au plus ${p.max} lignes par fichier ; scindez le fichier`,
  too_large: (p) => `Au plus ${p.max} Mo par fichier ; scindez le fichier`,
  too_many_cells: (p) => `Cette ligne a ${p.count} cellules, l'en-tête seulement ${p.columns}`,
  conflicting_value: (p) =>
    `Diffère de la ligne ${p.line} pour la même organisation ; harmonisez les lignes`,
  duplicate_row: (p) => `Ce contact figure déjà à la ligne ${p.line}`,
  ambiguous: (p) => `Plusieurs correspondances (${p.options}) ; utilisez l'identifiant`,
  out_of_scope: () => 'En dehors de votre périmètre de coordinateur',
  coverage_removal_out_of_scope: (p) =>
    `Ceci retire ${p.regions} de la zone desservie, ce qui est en dehors de votre périmètre de coordinateur`,
  coverage_required: () =>
    "En tant que coordinateur, indiquez les zones que l'organisation dessert (dans votre périmètre)",
  other_organisation: () =>
    "Ce contact appartient à une autre organisation ; un déplacement se fait dans l'application",
  other_unit: () =>
    "Ce contact appartient à un autre service ; un déplacement se fait dans l'application",
  kind_change: () => "Une personne ne peut pas devenir un point de contact, ni l'inverse",
  only_contact_points: () => 'Uniquement pour les points de contact, pas pour les personnes',
  only_persons: () => 'Uniquement pour les personnes, pas pour les points de contact',
  contact_kind_required: () =>
    'Indiquez le type de contact (MAILBOX, PHONE_LINE, DESK, SPOC, WEB_FORM ou PERSON)',
  checksum_mismatch: () =>
    "Ce n'est pas le fichier de l'essai (ou il a changé depuis) ; faites d'abord un essai",
  file_has_problems: () => 'Le fichier contient des erreurs ; corrigez-les et refaites un essai',
  organisation_refused: (p) =>
    `La ligne ${p.line}, qui crée cette organisation, a été refusée, donc celle-ci aussi ; corrigez d'abord la ligne ${p.line}`,
  not_xlsx: () =>
    "Ce n'est pas un classeur Excel (.xlsx) ou le fichier est endommagé ; enregistrez-le dans Excel comme « Classeur Excel (.xlsx) » ou « CSV UTF-8 »",
  unpacked_too_large: (p) =>
    `Décompressé, ce classeur dépasse ${p.max} Mo ; scindez la liste ou enregistrez-la en CSV`,
  formula_cell: (p) =>
    `La cellule ${p.cell} contient une formule ; les formules ne sont pas lues : copiez la cellule et collez uniquement la valeur`,
  error_cell: (p) =>
    `La cellule ${p.cell} contient une valeur d'erreur (comme #N/A) ; saisissez la valeur elle-même`,
  one_file: () => 'Donnez un seul fichier : un fichier CSV ou un classeur Excel (.xlsx)',
};

const EN: Catalogue = {
  empty_file: () => 'The file is empty: its first line must hold the column names',
  unterminated_quote: (p) => `A quote opened on line ${p.line} is never closed`,
  missing_column: (p) => `The column ${p.column} is missing`,
  duplicate_column: (p) => `The column ${p.column} appears twice`,
  ignored_columns: (p) => `Unknown columns are ignored: ${p.columns}`,
  too_many_rows: (p) => `At most ${p.max} rows per file; split the file`,
  too_large: (p) => `At most ${p.max} MB per file; split the file`,
  too_many_cells: (p) => `This row has ${p.count} cells, the header only ${p.columns}`,
  conflicting_value: (p) =>
    `Differs from ${enAt(p)} for the same organisation; make the rows agree`,
  duplicate_row: (p) => `This contact is already on ${enAt(p)}`,
  ambiguous: (p) => `Several matches (${p.options}); use the id`,
  out_of_scope: () => 'Outside your scope as coordinator',
  coverage_removal_out_of_scope: (p) =>
    `This removes ${p.regions} from the coverage, which lies outside your scope as coordinator`,
  coverage_required: () =>
    'As coordinator, give the regions the organisation covers (inside your scope)',
  other_organisation: () =>
    'This contact belongs to another organisation; moving it is done in the app',
  other_unit: () => 'This contact belongs to another unit; moving it is done in the app',
  kind_change: () => 'A person cannot become a contact point, nor the other way round',
  only_contact_points: () => 'Only for contact points, not for persons',
  only_persons: () => 'Only for persons, not for contact points',
  contact_kind_required: () =>
    'Give the kind of contact (MAILBOX, PHONE_LINE, DESK, SPOC, WEB_FORM or PERSON)',
  checksum_mismatch: () =>
    'This is not the file of the dry run (or it changed since); run a dry run first',
  file_has_problems: () => 'The file has problems; fix them and run a dry run again',
  organisation_refused: (p) =>
    `The row on ${enAt(p)} that creates this organisation was refused, so this one is too; fix ${enAt(p)} first`,
  not_xlsx: () =>
    'This is not an Excel workbook (.xlsx) or the file is damaged; save it in Excel as "Excel Workbook (.xlsx)" or as "CSV UTF-8"',
  unpacked_too_large: (p) =>
    `Unpacked, this workbook is larger than ${p.max} MB; split the list or save it as CSV`,
  formula_cell: (p) =>
    `Cell ${p.cell} holds a formula; formulas are not read: copy the cell and paste the value only`,
  error_cell: (p) => `Cell ${p.cell} holds an error value (such as #N/A); type the value itself`,
  one_file: () => 'Give one file: a CSV file or an Excel workbook (.xlsx)',
};

const CATALOGUES: Record<Language, Catalogue> = { NL, FR, EN };

/** The message for an import problem code, or the shared validation message for the code. */
export function importMessage(lang: Language, code: string, params: Params = {}): string {
  const own = CATALOGUES[lang][code];
  return own ? own(params) : message(lang, code, params);
}

export const IMPORT_MESSAGE_CODES = {
  NL: Object.keys(NL),
  FR: Object.keys(FR),
  EN: Object.keys(EN),
};
