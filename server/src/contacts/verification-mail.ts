/** The mail that asks a contact to confirm or correct their own entry, in Dutch, French and English. */

import { type AccountMailText, withSignature } from '../mail/templates';
import type { Language } from '../shared/language';

export interface VerificationMailFacts {
  /** "Beste Jan Jansen" for a person; the contact point's name for a team mailbox. */
  name: string;
  organisation: string | null;
  link: string;
  /** The same link, opening on "send me no more mails". */
  stopLink: string;
  days: number;
}

export function verificationMail(lang: Language, m: VerificationMailFacts): AccountMailText {
  const at = m.organisation ? ` (${m.organisation})` : '';
  const body: Record<Language, AccountMailText> = {
    NL: {
      subject: 'Kloppen uw contactgegevens in CONFINE nog?',
      text: `Beste ${m.name},\n\nUw contactgegevens${at} staan in CONFINE, het netwerk waarmee gemeenten, politie en diensten elkaar vinden in de bestuurlijke aanpak van mensenhandel.\nKloppen ze nog? Bevestig of verbeter ze via deze link (zonder account; hij werkt één keer en ${m.days} dagen lang):\n\n${m.link}\n\nEen verbetering gaat eerst naar een coördinator, die de gegevens aanpast.\n\nWilt u deze mails niet meer ontvangen? ${m.stopLink}`,
    },
    FR: {
      subject: 'Vos coordonnées dans CONFINE sont-elles toujours exactes ?',
      text: `Bonjour ${m.name},\n\nVos coordonnées${at} figurent dans CONFINE, le réseau qui permet aux communes, à la police et aux services de se trouver dans l’approche administrative de la traite des êtres humains.\nSont-elles toujours exactes ? Confirmez-les ou corrigez-les par ce lien (sans compte ; il fonctionne une seule fois, pendant ${m.days} jours) :\n\n${m.link}\n\nUne correction est d’abord transmise à un coordinateur, qui adapte les données.\n\nVous ne souhaitez plus recevoir ces messages ? ${m.stopLink}`,
    },
    EN: {
      subject: 'Are your contact details in CONFINE still right?',
      text: `Dear ${m.name},\n\nYour contact details${at} are in CONFINE, the network through which municipalities, police and services find each other in the administrative approach to human trafficking.\nAre they still right? Confirm or correct them through this link (no account needed; it works once, for ${m.days} days):\n\n${m.link}\n\nA correction goes to a coordinator first, who changes the details.\n\nDo you no longer want these mails? ${m.stopLink}`,
    },
  };
  return withSignature(body[lang], lang);
}
