import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { ErrorCode, statusOf } from '../errors';
import { PROBLEM_CONTENT_TYPE, problemTypeUri } from '../errors/problem-details';
import { REQUEST_ID_HEADER } from './request-id';

const REASONS: Record<number, string> = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' };

function classify(error: NodeJS.ErrnoException): { code: ErrorCode; title: string; detail: string } | undefined {
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    return { code: ErrorCode.HEADERS_TOO_LARGE, title: 'Request header fields too large', detail: 'The request line and headers exceed the server limit' };
  }
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return { code: ErrorCode.REQUEST_TIMEOUT, title: 'Request timeout', detail: 'The request was not received in time' };
  }
  if (error.code?.startsWith('HPE_')) {
    return { code: ErrorCode.BAD_REQUEST, title: 'Bad request', detail: 'The request is not valid HTTP' };
  }
  return undefined;
}

/**
 * Errors Node's HTTP parser raises before any request exists (oversized request line or headers,
 * malformed HTTP, header timeout) are answered as problem+json like every other error, instead of
 * Node's bare status line. `maxHeaderBytes` bounds the request line plus headers (then 431).
 */
export function answerClientErrors(server: Server, maxHeaderBytes: number): void {
  // Read by Node for every new connection (the same as the `maxHeaderSize` option of createServer).
  (server as Server & { maxHeaderSize?: number }).maxHeaderSize = maxHeaderBytes;
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    const problem = classify(error);
    // A response is already being written on this connection, or nothing can be said: just close it.
    const busy = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent;
    if (!problem || busy || !socket.writable) {
      socket.destroy();
      return;
    }
    const status = statusOf(problem.code);
    const requestId = randomUUID();
    const body = JSON.stringify({
      type: problemTypeUri(problem.code),
      title: problem.title,
      status,
      detail: problem.detail,
      instance: '',
      code: problem.code,
      request_id: requestId,
    });
    socket.end(
      `HTTP/1.1 ${status} ${REASONS[status]}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n${REQUEST_ID_HEADER}: ${requestId}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
