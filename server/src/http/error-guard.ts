/**
 * The last line of defence around the app. An error thrown by a plugin's hook escapes yoga's own
 * handling, and the HTTP adapter's default answer to it is a 500 whose body is the error's stack,
 * file paths included, without the security headers (whatever NODE_ENV says). Here it becomes a
 * short JSON error with the same headers as any other answer, and the stack goes to the log.
 */
import { createServerAdapter } from '@whatwg-node/server';
import { setSecurityHeaders } from './security.plugin';

interface Handler<C> {
  handleRequest(request: Request, context: C): Promise<Response> | Response;
  fetchAPI: { Response: typeof Response };
}

/** The same app, answering 400 for text it could not decode and 500 for the rest, never a stack. */
export function guardErrors<C extends object>(
  app: Handler<C>,
  production: boolean,
  log: (message: string, error: unknown) => void,
) {
  const { Response } = app.fetchAPI;
  return createServerAdapter<C>(
    async (request, context) => {
      try {
        return await app.handleRequest(request, context);
      } catch (error) {
        // Decoding a header, cookie or path the client sent is the client's fault, whichever hook
        // tripped over it; anything else is ours.
        const malformed = error instanceof URIError || isInvalidUrl(error);
        if (!malformed) log('Unexpected error outside GraphQL while answering a request', error);
        const response = new Response(
          JSON.stringify({
            errors: [
              malformed
                ? { message: 'Malformed request', extensions: { code: 'BAD_REQUEST' } }
                : { message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
            ],
          }),
          { status: malformed ? 400 : 500, headers: { 'content-type': 'application/json' } },
        );
        setSecurityHeaders(request, response.headers, production);
        return response;
      }
    },
    { fetchAPI: app.fetchAPI },
  );
}

function isInvalidUrl(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ERR_INVALID_URL';
}
