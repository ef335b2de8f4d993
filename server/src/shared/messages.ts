/** Validation messages in the user's language, by problem code. */
import type { Language } from './language';

type Params = Record<string, string | number>;
type Catalogue = Record<string, (p: Params) => string>;

/** "3 contact points and 1 unit": the counts in `p` that are above zero, with their nouns. */
function listOf(p: Params, nouns: Record<string, [string, string]>, and: string): string {
  const parts = Object.entries(nouns)
    .filter(([key]) => Number(p[key] ?? 0) > 0)
    .map(([key, [one, many]]) => `${p[key]} ${Number(p[key]) === 1 ? one : many}`);
  return parts.length > 1
    ? `${parts.slice(0, -1).join(', ')} ${and} ${parts.at(-1)}`
    : (parts[0] ?? '');
}

const NL: Catalogue = {
  summary: (p) => `De invoer bevat ${p.count} fout(en); verbeter de gemarkeerde velden`,
  required: () => 'Dit veld is verplicht',
  too_short: (p) => `Minstens ${p.min} tekens`,
  too_long: (p) => `Hoogstens ${p.max} tekens`,
  invalid_email: () => 'Geen geldig e-mailadres (bijvoorbeeld naam@voorbeeld.be)',
  invalid_phone: () =>
    'Geen geldig telefoonnummer (bijvoorbeeld +32 2 555 01 23 of +31 20 799 0000)',
  invalid_url: () => 'Geen geldig webadres (begint met https://)',
  invalid_date: () => 'Geen geldige datum (JJJJ-MM-DD)',
  date_does_not_exist: () => 'Deze datum bestaat niet (die dag heeft de maand niet)',
  unknown_code: (p) => `Onbekende waarde; kies uit: ${p.options}`,
  dates_out_of_order: () => 'De einddatum ligt vóór de begindatum',
  self_reference: () => 'Een organisatie kan geen afspraak met zichzelf hebben',
  control_characters: () => 'Bevat onzichtbare stuurtekens',
  too_many: (p) => `Hoogstens ${p.max} waarden`,
  duplicate_value: () => 'Deze waarde staat er al',
  empty_word: () => 'Leeg woord: vul het in of haal de regel weg',
  unknown_reference: () => 'Bestaat niet (meer)',
  duplicate_name: () => 'Er bestaat al een organisatie met deze naam',
  password_repeated: () =>
    'Herhaalt steeds dezelfde tekens; kies bijvoorbeeld vier losse woorden die niet bij elkaar horen',
  password_sequence: () =>
    'Is een reeks (zoals abcd, 1234 of azerty); kies bijvoorbeeld vier losse woorden die niet bij elkaar horen',
  password_personal: () => 'Lijkt op uw e-mailadres of naam; kies iets wat niet naar u verwijst',
  password_common: () =>
    'Staat in de lijsten van veelgebruikte wachtwoorden; kies een ander, bijvoorbeeld vier losse woorden',
  password_weak: () =>
    'Te makkelijk te raden; maak het langer, bijvoorbeeld met vier losse woorden die niet bij elkaar horen',
  has_dependents: (p) =>
    `Kan niet verwijderd worden zolang er nog ${listOf(p, { units: ['afdeling', 'afdelingen'], contactPoints: ['contactpunt', 'contactpunten'], agreements: ['afspraak', 'afspraken'], people: ['persoon met een lopende functie', 'personen met een lopende functie'] }, 'en')} aan hangen; verwijder of verplaats die eerst, of archiveer in plaats van te verwijderen`,
  link_outside_scope: (p) =>
    `Buiten uw bevoegdheid als coördinator: ${p.ids}. U kunt alleen verbanden leggen of verbreken waarvan beide kanten binnen uw bevoegdheid vallen`,
  admin_required: (p) =>
    `Deze organisatie bedient ook gebieden buiten uw bevoegdheid (${p.regions}); alleen een beheerder kan ze archiveren, herstellen, hernoemen of haar soort of land wijzigen`,
  already_reported: () =>
    'U hebt dit contact al gemeld en een coördinator kijkt het na; u hoeft niets meer te doen',
  invalid: () => 'Ongeldige waarde',
};

const FR: Catalogue = {
  summary: (p) => `La saisie contient ${p.count} erreur(s) ; corrigez les champs indiqués`,
  required: () => 'Ce champ est obligatoire',
  too_short: (p) => `Au moins ${p.min} caractères`,
  too_long: (p) => `Au plus ${p.max} caractères`,
  invalid_email: () => 'Adresse e-mail non valable (par exemple nom@exemple.be)',
  invalid_phone: () =>
    'Numéro de téléphone non valable (par exemple +32 2 555 01 23 ou +31 20 799 0000)',
  invalid_url: () => 'Adresse web non valable (commence par https://)',
  invalid_date: () => 'Date non valable (AAAA-MM-JJ)',
  date_does_not_exist: () => "Cette date n'existe pas (le mois n'a pas ce jour)",
  unknown_code: (p) => `Valeur inconnue ; choisissez parmi : ${p.options}`,
  dates_out_of_order: () => 'La date de fin précède la date de début',
  self_reference: () => "Une organisation ne peut pas avoir d'accord avec elle-même",
  control_characters: () => 'Contient des caractères de contrôle invisibles',
  too_many: (p) => `Au plus ${p.max} valeurs`,
  duplicate_value: () => 'Cette valeur figure déjà dans la liste',
  empty_word: () => 'Mot vide : complétez-le ou supprimez la ligne',
  unknown_reference: () => "N'existe pas (ou plus)",
  duplicate_name: () => 'Une organisation portant ce nom existe déjà',
  password_repeated: () =>
    'Répète les mêmes caractères ; choisissez par exemple quatre mots sans rapport entre eux',
  password_sequence: () =>
    'Est une suite (comme abcd, 1234 ou azerty) ; choisissez par exemple quatre mots sans rapport entre eux',
  password_personal: () =>
    'Ressemble à votre adresse e-mail ou à votre nom ; choisissez quelque chose qui ne vous désigne pas',
  password_common: () =>
    'Figure dans les listes de mots de passe courants ; choisissez-en un autre, par exemple quatre mots sans rapport',
  password_weak: () =>
    'Trop facile à deviner ; allongez-le, par exemple avec quatre mots sans rapport entre eux',
  has_dependents: (p) =>
    `Suppression impossible tant qu'il reste ${listOf(p, { units: ['unité', 'unités'], contactPoints: ['point de contact', 'points de contact'], agreements: ['accord', 'accords'], people: ['personne en fonction', 'personnes en fonction'] }, 'et')} ; supprimez-les ou déplacez-les d'abord, ou archivez au lieu de supprimer`,
  link_outside_scope: (p) =>
    `En dehors de votre périmètre de coordinateur : ${p.ids}. Vous ne pouvez créer ou supprimer que des liens dont les deux extrémités sont dans votre périmètre`,
  admin_required: (p) =>
    `Cette organisation dessert aussi des zones en dehors de votre périmètre (${p.regions}) ; seul un administrateur peut l'archiver, la restaurer, la renommer ou changer son type ou son pays`,
  already_reported: () =>
    "Vous avez déjà signalé ce contact et un coordinateur le vérifie ; vous n'avez plus rien à faire",
  invalid: () => 'Valeur non valable',
};

const EN: Catalogue = {
  summary: (p) => `The input has ${p.count} problem(s); fix the marked fields`,
  required: () => 'This field is required',
  too_short: (p) => `At least ${p.min} characters`,
  too_long: (p) => `At most ${p.max} characters`,
  invalid_email: () => 'Not a valid e-mail address (for example name@example.org)',
  invalid_phone: () => 'Not a valid phone number (for example +32 2 555 01 23 or +31 20 799 0000)',
  invalid_url: () => 'Not a valid web address (starts with https://)',
  invalid_date: () => 'Not a valid date (YYYY-MM-DD)',
  date_does_not_exist: () => 'This date does not exist (the month has no such day)',
  unknown_code: (p) => `Unknown value; choose from: ${p.options}`,
  dates_out_of_order: () => 'The end date is before the start date',
  self_reference: () => 'An organisation cannot have an agreement with itself',
  control_characters: () => 'Contains invisible control characters',
  too_many: (p) => `At most ${p.max} values`,
  duplicate_value: () => 'This value is already in the list',
  empty_word: () => 'Empty word: fill it in or remove the line',
  unknown_reference: () => 'Does not exist (any more)',
  duplicate_name: () => 'An organisation with this name already exists',
  password_repeated: () => 'Repeats the same characters; choose, for example, four unrelated words',
  password_sequence: () =>
    'Is a sequence (such as abcd, 1234 or qwerty); choose, for example, four unrelated words',
  password_personal: () =>
    'Resembles your e-mail address or name; choose something that does not point to you',
  password_common: () =>
    'Appears in lists of commonly used passwords; choose another one, for example four unrelated words',
  password_weak: () => 'Too easy to guess; make it longer, for example four unrelated words',
  has_dependents: (p) =>
    `Cannot be deleted while ${listOf(p, { units: ['unit', 'units'], contactPoints: ['contact point', 'contact points'], agreements: ['agreement', 'agreements'], people: ['person in office', 'people in office'] }, 'and')} still depend on it; delete or move those first, or archive instead of deleting`,
  link_outside_scope: (p) =>
    `Outside your scope as coordinator: ${p.ids}. You can only add or remove links whose both ends lie in your scope`,
  admin_required: (p) =>
    `This organisation also serves regions outside your scope (${p.regions}); only an administrator can archive, restore or rename it or change its type or country`,
  already_reported: () =>
    'You have already reported this contact and a coordinator is checking it; there is nothing more you need to do',
  invalid: () => 'Invalid value',
};

const CATALOGUES: Record<Language, Catalogue> = { NL, FR, EN };

/** The message for a problem code in a language (every code exists in every language). */
export function message(lang: Language, code: string, params: Params = {}): string {
  const entry = CATALOGUES[lang][code] ?? CATALOGUES[lang].invalid;
  return entry ? entry(params) : code;
}

export const MESSAGE_CODES = Object.keys(NL);
export const CATALOGUE_KEYS = { NL: Object.keys(NL), FR: Object.keys(FR), EN: Object.keys(EN) };

/** The language a request asks for: NL unless Accept-Language prefers FR or EN. */
export function languageOf(request: Request): Language {
  const header = request.headers.get('accept-language') ?? '';
  for (const part of header.split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (tag === 'nl') return 'NL';
    if (tag === 'fr') return 'FR';
    if (tag === 'en') return 'EN';
  }
  return 'NL';
}
