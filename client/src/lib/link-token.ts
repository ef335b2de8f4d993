/**
 * The token of a mail link (an invitation, a password reset, a contact's own verification link):
 * it travels in the fragment, which never reaches a server log, and the page takes it out of the
 * address bar and the history as soon as it has read it.
 */

/** The last token taken per page: a remount of the page (a suspended render) finds the hash gone. */
const taken = new Map<string, string>();

/** The token of the link that opened the page; taken out of the address bar and history. */
export function takeLinkToken(): string {
  const page = window.location.pathname;
  const token = window.location.hash.replace(/^#/, '');
  if (!token) return taken.get(page) ?? '';
  taken.set(page, token);
  window.history.replaceState(
    window.history.state,
    '',
    window.location.pathname + window.location.search,
  );
  return token;
}
