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

/** What changed about how an account signs in. */
export type SignInMethodChange =
  | 'second-factor-on'
  | 'second-factor-off'
  | 'second-factor-reset'
  | 'sso-linked';

/** The notice that the way an account signs in changed (so that a change not made by them shows). */
export function signInMethodMail(
  lang: Language,
  m: {
    name: string;
    change: SignInMethodChange;
    /** The identity provider's name (sso-linked). */
    provider: string;
    twoStepLink: string;
    forgotLink: string;
  },
): AccountMailText {
  const texts: Record<SignInMethodChange, Record<Language, AccountMailText>> = {
    'sso-linked': {
      NL: {
        subject: 'Nieuwe manier van aanmelden voor uw CONFINE-account',
        text: `Beste ${m.name},\n\nU hebt zich zojuist voor het eerst via ${m.provider} aangemeld bij CONFINE: uw account is daaraan gekoppeld, en u kunt zich voortaan ook zo aanmelden.\n\nWas u dit niet? Verwittig dan meteen uw beheerder.`,
      },
      FR: {
        subject: 'Nouvelle façon de vous connecter à votre compte CONFINE',
        text: `Bonjour ${m.name},\n\nVous venez de vous connecter pour la première fois à CONFINE via ${m.provider} : votre compte y est désormais lié, et vous pouvez aussi vous connecter ainsi.\n\nCe n’était pas vous ? Prévenez tout de suite votre administrateur.`,
      },
      EN: {
        subject: 'A new way to sign in to your CONFINE account',
        text: `Dear ${m.name},\n\nYou just signed in to CONFINE through ${m.provider} for the first time: your account is now linked to it, and you can sign in that way from now on.\n\nWas this not you? Then tell your administrator at once.`,
      },
    },
    'second-factor-on': {
      NL: {
        subject: 'Tweestapsverificatie staat aan voor uw CONFINE-account',
        text: `Beste ${m.name},\n\nVoor uw CONFINE-account is zojuist tweestapsverificatie aangezet: bij het aanmelden vraagt CONFINE voortaan ook een code uit uw authenticator-app.\n\nWas u dit niet? Verwittig dan meteen uw beheerder.`,
      },
      FR: {
        subject: 'La vérification en deux étapes est activée pour votre compte CONFINE',
        text: `Bonjour ${m.name},\n\nLa vérification en deux étapes vient d’être activée pour votre compte CONFINE : à la connexion, CONFINE demandera désormais aussi un code de votre application d’authentification.\n\nCe n’était pas vous ? Prévenez tout de suite votre administrateur.`,
      },
      EN: {
        subject: 'Two-step verification is on for your CONFINE account',
        text: `Dear ${m.name},\n\nTwo-step verification was just turned on for your CONFINE account: signing in now also asks for a code from your authenticator app.\n\nWas this not you? Then tell your administrator at once.`,
      },
    },
    'second-factor-off': {
      NL: {
        subject: 'Tweestapsverificatie staat uit voor uw CONFINE-account',
        text: `Beste ${m.name},\n\nDe tweestapsverificatie van uw CONFINE-account is zojuist uitgezet: aanmelden vraagt nu alleen nog uw wachtwoord. Weer aanzetten: ${m.twoStepLink}\n\nWas u dit niet? Vraag dan meteen een nieuw wachtwoord aan (${m.forgotLink}) en verwittig uw beheerder.`,
      },
      FR: {
        subject: 'La vérification en deux étapes est désactivée pour votre compte CONFINE',
        text: `Bonjour ${m.name},\n\nLa vérification en deux étapes de votre compte CONFINE vient d’être désactivée : la connexion ne demande plus que votre mot de passe. La réactiver : ${m.twoStepLink}\n\nCe n’était pas vous ? Demandez tout de suite un nouveau mot de passe (${m.forgotLink}) et prévenez votre administrateur.`,
      },
      EN: {
        subject: 'Two-step verification is off for your CONFINE account',
        text: `Dear ${m.name},\n\nTwo-step verification was just turned off for your CONFINE account: signing in now asks for your password only. Turn it on again: ${m.twoStepLink}\n\nWas this not you? Then ask for a new password at once (${m.forgotLink}) and tell your administrator.`,
      },
    },
    'second-factor-reset': {
      NL: {
        subject: 'Uw beheerder heeft de tweestapsverificatie van uw CONFINE-account gewist',
        text: `Beste ${m.name},\n\nUw beheerder heeft de tweestapsverificatie van uw CONFINE-account gewist (bijvoorbeeld voor een verloren toestel); al uw sessies zijn beëindigd. Stel ze opnieuw in na het aanmelden: ${m.twoStepLink}\n\nVroeg u dit niet? Neem dan contact op met uw beheerder.`,
      },
      FR: {
        subject:
          'Votre administrateur a effacé la vérification en deux étapes de votre compte CONFINE',
        text: `Bonjour ${m.name},\n\nVotre administrateur a effacé la vérification en deux étapes de votre compte CONFINE (par exemple pour un appareil perdu) ; toutes vos sessions ont été fermées. Configurez-la à nouveau après la connexion : ${m.twoStepLink}\n\nVous ne l’avez pas demandé ? Contactez votre administrateur.`,
      },
      EN: {
        subject: 'Your administrator removed the two-step verification of your CONFINE account',
        text: `Dear ${m.name},\n\nYour administrator removed the two-step verification of your CONFINE account (for a lost device, say); all your sessions have ended. Set it up again after signing in: ${m.twoStepLink}\n\nDid you not ask for this? Then contact your administrator.`,
      },
    },
  };
  return withSignature(texts[m.change][lang], lang);
}

/** A mail's text with the product's signature under it (every mail the server sends). */
export function withSignature(mail: AccountMailText, lang: Language): AccountMailText {
  return { subject: mail.subject, text: `${mail.text}\n\n${SIGNATURE[lang]}\n` };
}
