/** The account mails in Dutch, French and English: subject and plain text. */
import type { Language } from '../shared/language';

export interface AccountMailText {
  subject: string;
  text: string;
}

interface LinkMail {
  name: string;
  link: string;
  /** How long the link works, in hours. */
  hours: number;
}

const validity: Record<Language, (hours: number) => string> = {
  NL: (h) => (h % 24 === 0 ? `${h / 24} dagen` : h === 1 ? 'één uur' : `${h} uur`),
  FR: (h) => (h % 24 === 0 ? `${h / 24} jours` : h === 1 ? 'une heure' : `${h} heures`),
  EN: (h) => (h % 24 === 0 ? `${h / 24} days` : h === 1 ? 'one hour' : `${h} hours`),
};

const SIGNATURE: Record<Language, string> = {
  NL: '— CONFINE, het netwerk van bestuurlijke aanpak',
  FR: '— CONFINE, le réseau de l’approche administrative',
  EN: '— CONFINE, the network of the administrative approach',
};

export function invitationMail(lang: Language, m: LinkMail & { inviter: string }): AccountMailText {
  const until = validity[lang](m.hours);
  const body: Record<Language, AccountMailText> = {
    NL: {
      subject: 'Uw account voor CONFINE',
      text: `Beste ${m.name},\n\n${m.inviter} heeft een account voor u aangemaakt in CONFINE.\nKies uw wachtwoord via deze link (hij werkt één keer en ${until} lang):\n\n${m.link}\n\nVerwachtte u deze uitnodiging niet? Dan kunt u deze mail negeren.`,
    },
    FR: {
      subject: 'Votre compte CONFINE',
      text: `Bonjour ${m.name},\n\n${m.inviter} a créé un compte pour vous dans CONFINE.\nChoisissez votre mot de passe par ce lien (il fonctionne une seule fois, pendant ${until}) :\n\n${m.link}\n\nVous n’attendiez pas cette invitation ? Ignorez simplement ce message.`,
    },
    EN: {
      subject: 'Your CONFINE account',
      text: `Dear ${m.name},\n\n${m.inviter} has created an account for you in CONFINE.\nChoose your password through this link (it works once, for ${until}):\n\n${m.link}\n\nDid you not expect this invitation? Then you can ignore this mail.`,
    },
  };
  return withSignature(body[lang], lang);
}

export function resetMail(lang: Language, m: LinkMail): AccountMailText {
  const until = validity[lang](m.hours);
  const body: Record<Language, AccountMailText> = {
    NL: {
      subject: 'Een nieuw wachtwoord voor CONFINE',
      text: `Beste ${m.name},\n\nIemand heeft gevraagd om het wachtwoord van uw CONFINE-account opnieuw in te stellen.\nKies een nieuw wachtwoord via deze link (hij werkt één keer en ${until} lang):\n\n${m.link}\n\nHebt u dit niet gevraagd? Dan blijft uw wachtwoord zoals het is; u hoeft niets te doen.`,
    },
    FR: {
      subject: 'Un nouveau mot de passe pour CONFINE',
      text: `Bonjour ${m.name},\n\nQuelqu’un a demandé à réinitialiser le mot de passe de votre compte CONFINE.\nChoisissez un nouveau mot de passe par ce lien (il fonctionne une seule fois, pendant ${until}) :\n\n${m.link}\n\nVous n’avez rien demandé ? Votre mot de passe reste inchangé ; vous n’avez rien à faire.`,
    },
    EN: {
      subject: 'A new password for CONFINE',
      text: `Dear ${m.name},\n\nSomeone asked to reset the password of your CONFINE account.\nChoose a new password through this link (it works once, for ${until}):\n\n${m.link}\n\nDid you not ask for this? Then your password stays as it is; you need not do anything.`,
    },
  };
  return withSignature(body[lang], lang);
}

export function passwordChangedMail(
  lang: Language,
  m: { name: string; signInLink: string; forgotLink: string },
): AccountMailText {
  const body: Record<Language, AccountMailText> = {
    NL: {
      subject: 'Uw wachtwoord voor CONFINE is gewijzigd',
      text: `Beste ${m.name},\n\nHet wachtwoord van uw CONFINE-account is zojuist gewijzigd; al uw andere sessies zijn beëindigd.\nAanmelden: ${m.signInLink}\n\nWas u dit niet? Vraag dan meteen een nieuw wachtwoord aan (${m.forgotLink}) en verwittig uw beheerder.`,
    },
    FR: {
      subject: 'Le mot de passe de votre compte CONFINE a changé',
      text: `Bonjour ${m.name},\n\nLe mot de passe de votre compte CONFINE vient d’être changé ; toutes vos autres sessions ont été fermées.\nSe connecter : ${m.signInLink}\n\nCe n’était pas vous ? Demandez tout de suite un nouveau mot de passe (${m.forgotLink}) et prévenez votre administrateur.`,
    },
    EN: {
      subject: 'Your CONFINE password was changed',
      text: `Dear ${m.name},\n\nThe password of your CONFINE account was just changed; all your other sessions have ended.\nSign in: ${m.signInLink}\n\nWas this not you? Then ask for a new password at once (${m.forgotLink}) and tell your administrator.`,
    },
  };
  return withSignature(body[lang], lang);
}

function withSignature(mail: AccountMailText, lang: Language): AccountMailText {
  return { subject: mail.subject, text: `${mail.text}\n\n${SIGNATURE[lang]}\n` };
}
