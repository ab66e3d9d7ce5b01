import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';

export type HeaderList = ReadonlyArray<readonly [string, string]>;

/** Helmet as configured for the API: every default except the content security policy. */
export function apiHelmet() {
  return helmet({ contentSecurityPolicy: false });
}

/**
 * The headers helmet sets, captured once at boot by running it against a recording response.
 * Helmet builds the same static headers for every request (no nonce: CSP is off); setting the
 * captured list costs the header writes only, not helmet's chain of twelve middlewares.
 */
export function captureHelmetHeaders(middleware = apiHelmet()): HeaderList {
  const headers: [string, string][] = [];
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      if (typeof value !== 'string') throw new Error(`helmet set ${name} to a non-string value`);
      headers.push([name, value]);
      return recorder;
    },
    removeHeader() {
      // X-Powered-By: Express never sets it here (`x-powered-by` is disabled at boot).
    },
  };
  let called = false;
  middleware(
    {} as IncomingMessage,
    recorder as unknown as ServerResponse,
    (error?: unknown) => {
      if (error) throw new Error('helmet failed while its headers were captured', { cause: error });
      called = true;
    },
  );
  if (!called) throw new Error('helmet did not complete synchronously; its headers cannot be captured');
  return headers;
}
