/** A contact's own verification link (no account): its entry, confirm, propose, stop the mails. */
import { graphql, type ResultOf } from '../../../lib/documents';
import { request } from '../../../lib/graphql';
import type { Lang } from '../../../lib/i18n';

export const OWN_CONTACT_ENTRY = graphql(`
  query OwnContactEntry($token: String!) {
    ownContactEntry(token: $token) {
      type
      name
      function
      email
      phone
      organisationName
      mailStopped
    }
  }
`);

export const CONFIRM_OWN_CONTACT = graphql(`
  mutation ConfirmOwnContact($token: String!) {
    confirmOwnContact(token: $token)
  }
`);

export const PROPOSE_CONTACT_CORRECTION = graphql(`
  mutation ProposeContactCorrection($token: String!, $message: String!) {
    proposeContactCorrection(token: $token, message: $message)
  }
`);

export const STOP_CONTACT_MAIL = graphql(`
  mutation StopContactMail($token: String!) {
    stopContactMail(token: $token)
  }
`);

export type OwnEntry = ResultOf<typeof OWN_CONTACT_ENTRY>['ownContactEntry'];

export async function ownEntry(token: string, lang: Lang): Promise<OwnEntry> {
  return (await request(OWN_CONTACT_ENTRY, { token }, { lang })).ownContactEntry;
}

export async function confirmOwnContact(token: string, lang: Lang): Promise<void> {
  await request(CONFIRM_OWN_CONTACT, { token }, { lang });
}

export async function proposeCorrection(token: string, message: string, lang: Lang) {
  await request(PROPOSE_CONTACT_CORRECTION, { token, message }, { lang });
}

export async function stopContactMail(token: string, lang: Lang): Promise<void> {
  await request(STOP_CONTACT_MAIL, { token }, { lang });
}
