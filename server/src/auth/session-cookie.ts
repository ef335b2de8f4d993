/** The browser's session cookie: HttpOnly, SameSite=Lax, Secure unless configured otherwise. */
import { SESSION_COOKIE } from './auth.service';

/** Hands a browser the cookie of a session just opened. */
export async function setSessionCookie(
  request: Request,
  session: { token: string; expiresAt: Date },
  secure: boolean,
): Promise<void> {
  await request.cookieStore?.set({
    name: SESSION_COOKIE,
    value: session.token,
    path: '/',
    domain: null,
    expires: session.expiresAt,
    httpOnly: true,
    sameSite: 'lax',
    secure,
  });
}
