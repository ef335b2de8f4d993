/** The coordinators' weekly digest mail, in Dutch, French and English: counts, never names. */
import { type AccountMailText, withSignature } from '../mail/templates';
import type { Language } from '../shared/language';

export interface DigestCounts {
  /** Contacts due for verification in the scope (never verified, or too long ago). */
  stale: number;
  /** Open reports from staff that a contact is wrong. */
  reports: number;
  /** Open corrections the contacts themselves proposed through their mail link. */
  proposals: number;
  /** Counting stops past this: a count above it reads "more than <cap>". */
  cap: number;
}

export interface DigestMailFacts extends DigestCounts {
  name: string;
  /** The coordinators' queue. */
  queueLink: string;
  /** The account's mail settings (turn the digest off or on again, signed in). */
  settingsLink: string;
  /** Turns the digest off without signing in. */
  stopLink: string;
  /** The verification period in months ("not verified for 12 months"). */
  months: number;
  /** Everything in the network (an administrator) rather than a coordinator's scope. */
  wholeNetwork: boolean;
}

const amount = (n: number, cap: number, more: string) => (n > cap ? `${more} ${cap}` : `${n}`);

export function digestMail(lang: Language, m: DigestMailFacts): AccountMailText {
  const total = m.stale + m.reports + m.proposals;
  const body: Record<Language, AccountMailText> = {
    NL: {
      subject: `CONFINE weekoverzicht: ${total} ${total === 1 ? 'punt vraagt' : 'punten vragen'} aandacht`,
      text: `Beste ${m.name},\n\nDit vraagt aandacht ${m.wholeNetwork ? 'in het hele netwerk' : 'in uw werkgebied'}:\n\n- ${amount(m.stale, m.cap, 'meer dan')} contactgegevens ${m.stale === 1 ? 'is' : 'zijn'} ${m.months} maanden of langer niet gecontroleerd\n- ${amount(m.reports, m.cap, 'meer dan')} ${m.reports === 1 ? 'melding' : 'meldingen'} van collega's dat een contact niet klopt\n- ${amount(m.proposals, m.cap, 'meer dan')} ${m.proposals === 1 ? 'verbetering' : 'verbeteringen'} die contacten zelf voorstelden\n\nBekijken en afhandelen (na aanmelden): ${m.queueLink}\n\nGeen weekoverzicht meer? Zet het uit met deze link: ${m.stopLink}\nof onder Account › Mail: ${m.settingsLink}`,
    },
    FR: {
      subject: `Récapitulatif CONFINE : ${total} ${total === 1 ? 'point demande' : 'points demandent'} votre attention`,
      text: `Bonjour ${m.name},\n\nCeci demande votre attention ${m.wholeNetwork ? 'dans tout le réseau' : 'dans votre zone'} :\n\n- ${amount(m.stale, m.cap, 'plus de')} ${m.stale === 1 ? 'coordonnée n’a' : 'coordonnées n’ont'} pas été ${m.stale === 1 ? 'vérifiée' : 'vérifiées'} depuis ${m.months} mois ou plus\n- ${amount(m.reports, m.cap, 'plus de')} ${m.reports === 1 ? 'signalement' : 'signalements'} de collègues qu’un contact n’est pas exact\n- ${amount(m.proposals, m.cap, 'plus de')} ${m.proposals === 1 ? 'correction proposée' : 'corrections proposées'} par les contacts eux-mêmes\n\nConsulter et traiter (après connexion) : ${m.queueLink}\n\nVous ne souhaitez plus ce récapitulatif ? Désactivez-le par ce lien : ${m.stopLink}\nou sous Compte › Messages : ${m.settingsLink}`,
    },
    EN: {
      subject: `CONFINE weekly digest: ${total} ${total === 1 ? 'item needs' : 'items need'} attention`,
      text: `Dear ${m.name},\n\nThis needs attention ${m.wholeNetwork ? 'in the whole network' : 'in your area'}:\n\n- ${amount(m.stale, m.cap, 'more than')} contact ${m.stale === 1 ? 'entry has' : 'entries have'} not been checked for ${m.months} months or more\n- ${amount(m.reports, m.cap, 'more than')} ${m.reports === 1 ? 'report' : 'reports'} from colleagues that a contact is wrong\n- ${amount(m.proposals, m.cap, 'more than')} ${m.proposals === 1 ? 'correction' : 'corrections'} the contacts proposed themselves\n\nView and handle them (after signing in): ${m.queueLink}\n\nNo more digests? Turn it off with this link: ${m.stopLink}\nor under Account › Mail: ${m.settingsLink}`,
    },
  };
  return withSignature(body[lang], lang);
}
