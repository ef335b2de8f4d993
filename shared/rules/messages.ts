/**
 * The sentence for every problem code, in Dutch, French and English, written once: the server's
 * validation errors and the browser's form checks both read them. `{name}` is a value the sentence
 * needs (a limit, a count, a list); `formatProblem` fills it in.
 */

export const PROBLEM_MESSAGES = {
  NL: {
    summary: 'De invoer bevat {count} fout(en); verbeter de gemarkeerde velden',
    required: 'Dit veld is verplicht',
    too_short: 'Minstens {min} tekens',
    too_long: 'Hoogstens {max} tekens',
    invalid_email: 'Geen geldig e-mailadres (bijvoorbeeld naam@voorbeeld.be)',
    invalid_phone:
      'Geen geldig telefoonnummer: schrijf het zoals u het belt, bijvoorbeeld 089 12 34 56, 06 12345678 of +32 2 555 01 23',
    invalid_url: 'Geen geldig webadres (begint met https://)',
    invalid_date: 'Geen geldige datum (JJJJ-MM-DD)',
    date_does_not_exist: 'Deze datum bestaat niet (die dag heeft de maand niet)',
    invalid_code: 'Hoofdletters, cijfers en _, te beginnen met een letter',
    unknown_code: 'Onbekende waarde; kies uit: {options}',
    dates_out_of_order: 'De einddatum ligt vóór de begindatum',
    self_reference: 'Een organisatie kan geen afspraak met zichzelf hebben',
    control_characters: 'Bevat onzichtbare stuurtekens',
    too_many: 'Hoogstens {max} waarden',
    out_of_range: 'Een geheel getal van {min} tot en met {max}',
    token_without_bearer: 'Alleen voor een API-token (issueToken: true)',
    choose_one: 'Kies er minstens één',
    duplicate_value: 'Deze waarde staat er al',
    duplicate: 'Deze waarde is al in gebruik',
    empty_word: 'Leeg woord: vul het in of haal de regel weg',
    unknown_reference: 'Bestaat niet (meer)',
    duplicate_name: 'Er bestaat al een organisatie met deze naam',
    too_short_password: 'Minstens {min} tekens, of laat leeg om er een te laten maken',
    password_repeated:
      'Herhaalt steeds dezelfde tekens; kies bijvoorbeeld vier losse woorden die niet bij elkaar horen',
    password_sequence:
      'Is een reeks (zoals abcd, 1234 of azerty); kies bijvoorbeeld vier losse woorden die niet bij elkaar horen',
    password_personal: 'Lijkt op uw e-mailadres of naam; kies iets wat niet naar u verwijst',
    password_common:
      'Staat in de lijsten van veelgebruikte wachtwoorden; kies een ander, bijvoorbeeld vier losse woorden',
    password_weak:
      'Te makkelijk te raden; maak het langer, bijvoorbeeld met vier losse woorden die niet bij elkaar horen',
    has_dependents:
      'Kan niet verwijderd worden zolang er nog {list} aan hangen; verwijder of verplaats die eerst, of archiveer in plaats van te verwijderen',
    link_outside_scope:
      'Buiten uw bevoegdheid als coördinator: {ids}. U kunt alleen verbanden leggen of verbreken waarvan beide kanten binnen uw bevoegdheid vallen',
    admin_required:
      'Deze organisatie bedient ook gebieden buiten uw bevoegdheid ({regions}); alleen een beheerder kan ze archiveren, herstellen, hernoemen of haar soort of land wijzigen',
    already_reported:
      'U hebt dit contact al gemeld en een coördinator kijkt het na; u hoeft niets meer te doen',
    bulk_persons_forbidden:
      'Alleen beheerders, en coördinatoren voor hun eigen bevoegdheid, kunnen contactpersonen in bulk exporteren of downloaden; de personen in de antwoorden en pagina’s die u opent, blijven zichtbaar',
    person_reads_exceeded:
      'U hebt het afgelopen uur {count} verschillende contactpersonen opgevraagd, het maximum per account; probeer het over {minutes} minuten opnieuw, of vraag een coördinator om een export',
    invalid_region_code: 'Cijfers, hoofdletters, - en _ (bijvoorbeeld 71016, GM0855 of PZ_CARMA)',
    part_of_cycle:
      'Kan geen deel zijn van zichzelf of van een gebied dat er zelf deel van is (een kringloop in de indeling)',
    merge_into_itself: 'Een gebied kan niet in zichzelf opgaan',
    wrong_region_type: 'Is geen {type}; alleen gebieden van die soort kunnen hier samengaan',
    other_country: 'Ligt in een ander land; alleen gebieden van hetzelfde land gaan samen',
    region_not_in_force: 'Is niet meer van kracht (al samengevoegd of gearchiveerd)',
    one_successor:
      'Kies een bestaand gebied óf geef een nieuw, niet allebei en niet geen van beide',
    region_in_use:
      'Nog in gebruik door {organisations} organisatie(s), {regions} gebied(en) dat er deel van is en {users} coördinator(en); voeg het samen met zijn opvolger (dan verhuizen die mee) of verplaats ze eerst',
    parent_merged:
      'Gaat zelf op in deze samenvoeging; kies het gebied waar het nieuwe deel van wordt',
    contact_link_expired:
      'Deze link is verlopen; uw gegevens blijven zoals ze waren. U krijgt een nieuwe link bij de volgende controle, of meld een wijziging aan uw contactpersoon bij CONFINE',
    contact_link_used:
      'Deze link is al gebruikt en werkt maar één keer; uw antwoord is ontvangen, er is niets meer te doen',
    contact_link_invalid:
      'Deze link klopt niet (onvolledig gekopieerd?); open de link uit de mail opnieuw',
    link_expired:
      'Deze link is verlopen; vraag een nieuwe aan via "Wachtwoord vergeten?" op de aanmeldpagina',
    link_used:
      'Deze link is al gebruikt en werkt maar één keer; meld u aan, of vraag een nieuwe aan via "Wachtwoord vergeten?"',
    link_invalid:
      'Deze link klopt niet (onvolledig gekopieerd of vervangen door een nieuwere); open de link uit de laatste mail, of vraag een nieuwe aan via "Wachtwoord vergeten?"',
    scenario_question: 'Voeg minstens één vraag toe',
    scenario_choices: 'Geef minstens twee antwoordmogelijkheden',
    scenario_right_choice: 'Duid minstens één antwoord aan als juist',
    second_factor_format: 'Typ de 6 cijfers die uw authenticator-app nu toont',
    second_factor_wrong:
      'Deze code klopt niet, is verlopen of werd al gebruikt; wacht op de volgende code in uw app en typ die',
    second_factor_already:
      'Tweestapsverificatie staat al aan; zet ze eerst uit om een nieuw toestel in te stellen',
    second_factor_not_started:
      'Er loopt geen instelling (meer); begin opnieuw met "Tweestapsverificatie instellen"',
    claim_name: 'Een claimnaam zonder spaties, zoals groups, roles of realm_access.roles',
    password_sign_in_off:
      'Aanmelden met een wachtwoord staat uit in deze omgeving; meld u aan via uw organisatie (knop "Inloggen met …")',
    sso_no_account:
      'U hebt geen account in deze toepassing en uw organisatie geeft er niet automatisch een; vraag een beheerder om een account voor uw e-mailadres',
    sso_disabled: 'Dit account is uitgeschakeld; vraag een beheerder',
    sso_no_email:
      'Uw organisatie gaf geen bevestigd e-mailadres door, en zonder kunnen we geen account maken; vraag een beheerder',
    sso_failed:
      'Aanmelden via uw organisatie is niet gelukt: de aanvraag klopte niet of is verlopen; probeer opnieuw',
    sso_provider_error:
      'Uw organisatie heeft de aanmelding niet bevestigd; probeer opnieuw of vraag uw eigen helpdesk',
    sso_unavailable:
      'De aanmelddienst van uw organisatie is nu niet bereikbaar; probeer het over enkele minuten opnieuw',
    second_factor_required_by_role:
      'Voor uw rol is tweestapsverificatie verplicht; een beheerder kan ze opnieuw instellen als u uw toestel kwijt bent',
    invalid: 'Ongeldige waarde',
    restore_unknown_version: 'Deze versie staat niet (meer) in de geschiedenis van dit gegeven',
    restore_not_supported:
      'Voor dit soort gegeven kan een eerdere versie niet worden teruggezet; pas de velden zelf aan',
    restore_archived:
      'Dit gegeven is gearchiveerd; zet het eerst terug uit het archief en zet dan de versie terug',
    restore_nothing: 'Deze versie is gelijk aan de huidige; er is niets terug te zetten',
  },
  FR: {
    summary: 'La saisie contient {count} erreur(s) ; corrigez les champs indiqués',
    required: 'Ce champ est obligatoire',
    too_short: 'Au moins {min} caractères',
    too_long: 'Au plus {max} caractères',
    invalid_email: 'Adresse e-mail non valable (par exemple nom@exemple.be)',
    invalid_phone:
      'Numéro de téléphone non valable : écrivez-le comme vous le composez, par exemple 089 12 34 56, 06 12345678 ou +32 2 555 01 23',
    invalid_url: 'Adresse web non valable (commence par https://)',
    invalid_date: 'Date non valable (AAAA-MM-JJ)',
    date_does_not_exist: "Cette date n'existe pas (le mois n'a pas ce jour)",
    invalid_code: 'Majuscules, chiffres et _, en commençant par une lettre',
    unknown_code: 'Valeur inconnue ; choisissez parmi : {options}',
    dates_out_of_order: 'La date de fin précède la date de début',
    self_reference: "Une organisation ne peut pas avoir d'accord avec elle-même",
    control_characters: 'Contient des caractères de contrôle invisibles',
    too_many: 'Au plus {max} valeurs',
    out_of_range: 'Un nombre entier de {min} à {max}',
    token_without_bearer: 'Uniquement pour un jeton d’API (issueToken: true)',
    choose_one: 'Choisissez-en au moins un',
    duplicate_value: 'Cette valeur figure déjà dans la liste',
    duplicate: 'Cette valeur est déjà utilisée',
    empty_word: 'Mot vide : complétez-le ou supprimez la ligne',
    unknown_reference: "N'existe pas (ou plus)",
    duplicate_name: 'Une organisation portant ce nom existe déjà',
    too_short_password: 'Au moins {min} caractères, ou laissez vide pour en faire créer un',
    password_repeated:
      'Répète les mêmes caractères ; choisissez par exemple quatre mots sans rapport entre eux',
    password_sequence:
      'Est une suite (comme abcd, 1234 ou azerty) ; choisissez par exemple quatre mots sans rapport entre eux',
    password_personal:
      'Ressemble à votre adresse e-mail ou à votre nom ; choisissez quelque chose qui ne vous désigne pas',
    password_common:
      'Figure dans les listes de mots de passe courants ; choisissez-en un autre, par exemple quatre mots sans rapport',
    password_weak:
      'Trop facile à deviner ; allongez-le, par exemple avec quatre mots sans rapport entre eux',
    has_dependents:
      "Suppression impossible tant qu'il reste {list} ; supprimez-les ou déplacez-les d'abord, ou archivez au lieu de supprimer",
    link_outside_scope:
      'En dehors de votre périmètre de coordinateur : {ids}. Vous ne pouvez créer ou supprimer que des liens dont les deux extrémités sont dans votre périmètre',
    admin_required:
      "Cette organisation dessert aussi des zones en dehors de votre périmètre ({regions}) ; seul un administrateur peut l'archiver, la restaurer, la renommer ou changer son type ou son pays",
    already_reported:
      "Vous avez déjà signalé ce contact et un coordinateur le vérifie ; vous n'avez plus rien à faire",
    bulk_persons_forbidden:
      'Seuls les administrateurs, et les coordinateurs pour leur propre périmètre, peuvent exporter ou télécharger les personnes de contact en bloc ; les personnes des réponses et des pages que vous ouvrez restent visibles',
    person_reads_exceeded:
      'Vous avez consulté {count} personnes de contact différentes au cours de la dernière heure, le maximum par compte ; réessayez dans {minutes} minutes, ou demandez un export à un coordinateur',
    invalid_region_code: 'Chiffres, majuscules, - et _ (par exemple 71016, GM0855 ou PZ_CARMA)',
    part_of_cycle:
      "Ne peut faire partie d'elle-même ni d'une zone qui en fait elle-même partie (une boucle dans le découpage)",
    merge_into_itself: 'Une zone ne peut pas fusionner avec elle-même',
    wrong_region_type:
      "N'est pas du type {type} ; seules les zones de ce type peuvent fusionner ici",
    other_country: "Se trouve dans un autre pays ; seules les zones d'un même pays fusionnent",
    region_not_in_force: "N'est plus en vigueur (déjà fusionnée ou archivée)",
    one_successor:
      'Choisissez une zone existante ou décrivez-en une nouvelle, pas les deux et pas aucune',
    region_in_use:
      "Encore utilisée par {organisations} organisation(s), {regions} zone(s) qui en font partie et {users} coordinateur(s) ; fusionnez-la avec celle qui lui succède (ils suivront) ou déplacez-les d'abord",
    parent_merged:
      'Disparaît elle-même dans cette fusion ; choisissez la zone dont la nouvelle fera partie',
    contact_link_expired:
      'Ce lien a expiré ; vos données restent inchangées. Vous recevrez un nouveau lien lors de la prochaine vérification',
    contact_link_used:
      'Ce lien a déjà été utilisé et ne fonctionne qu’une fois ; votre réponse a bien été reçue, il n’y a plus rien à faire',
    contact_link_invalid:
      'Ce lien n’est pas valable (copié de façon incomplète ?) ; rouvrez le lien du message',
    link_expired:
      'Ce lien a expiré ; demandez-en un nouveau via « Mot de passe oublié ? » sur la page de connexion',
    link_used:
      'Ce lien a déjà été utilisé et ne fonctionne qu’une fois ; connectez-vous, ou demandez-en un nouveau via « Mot de passe oublié ? »',
    link_invalid:
      'Ce lien n’est pas valable (copié en partie ou remplacé par un plus récent) ; ouvrez le lien du dernier message, ou demandez-en un nouveau via « Mot de passe oublié ? »',
    scenario_question: 'Ajoutez au moins une question',
    scenario_choices: 'Donnez au moins deux réponses possibles',
    scenario_right_choice: 'Indiquez au moins une réponse comme correcte',
    second_factor_format:
      "Tapez les 6 chiffres que votre application d'authentification affiche maintenant",
    second_factor_wrong:
      'Ce code est erroné, expiré ou déjà utilisé ; attendez le code suivant dans votre application et tapez-le',
    second_factor_already:
      "La vérification en deux étapes est déjà activée ; désactivez-la d'abord pour configurer un nouvel appareil",
    second_factor_not_started:
      'Aucune configuration en cours ; recommencez avec « Configurer la vérification en deux étapes »',
    claim_name: 'Un nom de claim sans espaces, comme groups, roles ou realm_access.roles',
    password_sign_in_off:
      'La connexion par mot de passe est désactivée ici ; connectez-vous via votre organisation (bouton « Se connecter avec … »)',
    sso_no_account:
      "Vous n'avez pas de compte dans cette application et votre organisation n'en crée pas automatiquement ; demandez à un administrateur un compte pour votre adresse e-mail",
    sso_disabled: 'Ce compte est désactivé ; adressez-vous à un administrateur',
    sso_no_email:
      "Votre organisation n'a pas transmis d'adresse e-mail confirmée, sans laquelle aucun compte ne peut être créé ; adressez-vous à un administrateur",
    sso_failed:
      "La connexion via votre organisation a échoué : la demande n'était pas valable ou a expiré ; réessayez",
    sso_provider_error:
      "Votre organisation n'a pas confirmé la connexion ; réessayez ou contactez votre propre service d'assistance",
    sso_unavailable:
      "Le service de connexion de votre organisation est injoignable pour l'instant ; réessayez dans quelques minutes",
    second_factor_required_by_role:
      'La vérification en deux étapes est obligatoire pour votre rôle ; un administrateur peut la réinitialiser si vous avez perdu votre appareil',
    invalid: 'Valeur non valable',
    restore_unknown_version: "Cette version ne figure pas (plus) dans l'historique de cette donnée",
    restore_not_supported:
      'Pour ce type de donnée, une version antérieure ne peut pas être rétablie ; modifiez les champs vous-même',
    restore_archived:
      "Cette donnée est archivée ; sortez-la d'abord de l'archive, puis rétablissez la version",
    restore_nothing: "Cette version est identique à l'actuelle ; il n'y a rien à rétablir",
  },
  EN: {
    summary: 'The input has {count} problem(s); fix the marked fields',
    required: 'This field is required',
    too_short: 'At least {min} characters',
    too_long: 'At most {max} characters',
    invalid_email: 'Not a valid e-mail address (for example name@example.org)',
    invalid_phone:
      'Not a valid phone number: write it as you would dial it, for example 089 12 34 56, 06 12345678 or +32 2 555 01 23',
    invalid_url: 'Not a valid web address (starts with https://)',
    invalid_date: 'Not a valid date (YYYY-MM-DD)',
    date_does_not_exist: 'This date does not exist (the month has no such day)',
    invalid_code: 'Capitals, digits and _, starting with a letter',
    unknown_code: 'Unknown value; choose from: {options}',
    dates_out_of_order: 'The end date is before the start date',
    self_reference: 'An organisation cannot have an agreement with itself',
    control_characters: 'Contains invisible control characters',
    too_many: 'At most {max} values',
    out_of_range: 'A whole number from {min} to {max}',
    token_without_bearer: 'Only for an API token (issueToken: true)',
    choose_one: 'Choose at least one',
    duplicate_value: 'This value is already in the list',
    duplicate: 'This value is already in use',
    empty_word: 'Empty word: fill it in or remove the line',
    unknown_reference: 'Does not exist (any more)',
    duplicate_name: 'An organisation with this name already exists',
    too_short_password: 'At least {min} characters, or leave empty to have one made',
    password_repeated: 'Repeats the same characters; choose, for example, four unrelated words',
    password_sequence:
      'Is a sequence (such as abcd, 1234 or qwerty); choose, for example, four unrelated words',
    password_personal:
      'Resembles your e-mail address or name; choose something that does not point to you',
    password_common:
      'Appears in lists of commonly used passwords; choose another one, for example four unrelated words',
    password_weak: 'Too easy to guess; make it longer, for example four unrelated words',
    has_dependents:
      'Cannot be deleted while {list} still depend on it; delete or move those first, or archive instead of deleting',
    link_outside_scope:
      'Outside your scope as coordinator: {ids}. You can only add or remove links whose both ends lie in your scope',
    admin_required:
      'This organisation also serves regions outside your scope ({regions}); only an administrator can archive, restore or rename it or change its type or country',
    already_reported:
      'You have already reported this contact and a coordinator is checking it; there is nothing more you need to do',
    bulk_persons_forbidden:
      'Only administrators, and coordinators for their own scope, can export or download contact persons in bulk; the persons in the answers and pages you open stay visible',
    person_reads_exceeded:
      'You have asked for {count} different contact persons in the past hour, the most one account may; try again in {minutes} minutes, or ask a coordinator for an export',
    invalid_region_code: 'Digits, capitals, - and _ (for example 71016, GM0855 or PZ_CARMA)',
    part_of_cycle:
      'Cannot be part of itself or of a region that is part of it (a loop in the division)',
    merge_into_itself: 'A region cannot merge into itself',
    wrong_region_type: 'Is not a {type}; only regions of that type can merge here',
    other_country: 'Lies in another country; only regions of one country merge',
    region_not_in_force: 'Is no longer in force (already merged or archived)',
    one_successor: 'Choose an existing region or describe a new one, not both and not neither',
    region_in_use:
      'Still used by {organisations} organisation(s), {regions} region(s) part of it and {users} coordinator(s); merge it into its successor (they move along) or move them first',
    parent_merged: 'Is itself merged away here; choose the region the new one becomes part of',
    contact_link_expired:
      'This link has expired; your details stay as they were. You will get a new link at the next check',
    contact_link_used:
      'This link has been used and works only once; your answer was received, there is nothing left to do',
    contact_link_invalid:
      'This link is not valid (copied incompletely?); open the link from the mail again',
    link_expired:
      'This link has expired; ask for a new one through "Forgot your password?" on the sign-in page',
    link_used:
      'This link was already used and works only once; sign in, or ask for a new one through "Forgot your password?"',
    link_invalid:
      'This link is not valid (copied in part or replaced by a newer one); open the link of the latest mail, or ask for a new one through "Forgot your password?"',
    scenario_question: 'Add at least one question',
    scenario_choices: 'Give at least two answer choices',
    scenario_right_choice: 'Mark at least one answer as right',
    second_factor_format: 'Type the 6 digits your authenticator app shows now',
    second_factor_wrong:
      'This code is wrong, expired or already used; wait for the next code in your app and type that one',
    second_factor_already:
      'Two-step verification is already on; turn it off first to set up a new device',
    second_factor_not_started:
      'No set-up is under way (any more); start again with "Set up two-step verification"',
    claim_name: 'A claim name without spaces, such as groups, roles or realm_access.roles',
    password_sign_in_off:
      'Signing in with a password is switched off here; sign in through your organisation (the "Sign in with …" button)',
    sso_no_account:
      'You have no account in this application and your organisation does not create one automatically; ask an administrator for an account for your e-mail address',
    sso_disabled: 'This account is disabled; ask an administrator',
    sso_no_email:
      'Your organisation sent no confirmed e-mail address, and without one no account can be made; ask an administrator',
    sso_failed:
      'Signing in through your organisation failed: the request was not valid or has expired; try again',
    sso_provider_error:
      'Your organisation did not confirm the sign-in; try again or ask your own helpdesk',
    sso_unavailable:
      "Your organisation's sign-in service cannot be reached now; try again in a few minutes",
    second_factor_required_by_role:
      'Two-step verification is required for your role; an administrator can reset it if you lost your device',
    invalid: 'Invalid value',
    restore_unknown_version: 'This version is not (or no longer) in the history of this record',
    restore_not_supported:
      'An earlier version of this kind of record cannot be restored; change the fields yourself',
    restore_archived:
      'This record is archived; bring it back from the archive first, then restore the version',
    restore_nothing: 'This version is the same as the current one; there is nothing to restore',
  },
} as const satisfies Record<'NL' | 'FR' | 'EN', Record<string, string>>;

export type ProblemLanguage = keyof typeof PROBLEM_MESSAGES;
export type ProblemCode = keyof (typeof PROBLEM_MESSAGES)['NL'];

/** The codes a form can show before anything is sent (the browser's own checks and duplicates). */
export const FORM_PROBLEM_CODES = [
  'required',
  'too_short',
  'too_long',
  'invalid_email',
  'invalid_phone',
  'invalid_url',
  'invalid_date',
  'date_does_not_exist',
  'invalid_code',
  'unknown_code',
  'dates_out_of_order',
  'self_reference',
  'control_characters',
  'too_many',
  'choose_one',
  'too_short_password',
  'duplicate',
  'duplicate_name',
  'scenario_question',
  'scenario_choices',
  'scenario_right_choice',
  'second_factor_format',
  'claim_name',
  'invalid',
] as const satisfies readonly ProblemCode[];

type FormCode = (typeof FORM_PROBLEM_CODES)[number];

/** Fills `{name}` in a sentence with its value (a missing value stays as written). */
export function formatProblem(
  template: string,
  params: Record<string, string | number> = {},
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The sentence for a problem code in a language; an unknown code reads as "invalid value". */
export function problemMessage(
  lang: ProblemLanguage,
  code: string,
  params: Record<string, string | number> = {},
): string {
  const messages: Record<string, string> = PROBLEM_MESSAGES[lang];
  return formatProblem(messages[code] ?? messages.invalid ?? code, params);
}

/** The form problems as catalogue entries (`problem.required` …) for the browser's texts. */
export function formProblemTexts<L extends ProblemLanguage>(
  lang: L,
): { [C in FormCode as `problem.${C}`]: string } {
  const messages: Record<string, string> = PROBLEM_MESSAGES[lang];
  return Object.fromEntries(
    FORM_PROBLEM_CODES.map((code) => [`problem.${code}`, messages[code] ?? code]),
  ) as { [C in FormCode as `problem.${C}`]: string };
}
