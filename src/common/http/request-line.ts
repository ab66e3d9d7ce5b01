import { hostname } from 'node:os';
import pino, { DestinationStream } from 'pino';

/** What one request line says (see requestChain). */
export interface RequestRecord {
  id: string;
  method: string;
  url: string;
  statusCode: number;
  /** The logged response headers; a missing one is left out. */
  contentType: unknown;
  contentLength: unknown;
  responseTime: number;
  msg: string;
}

export type RequestLineLevel = 'debug' | 'info';

/**
 * Writes request lines straight to the log destination, with the keys, key order and values a default
 * pino logger writes `logger[level]({reqId, req, request_id, res, responseTime}, msg)`: a test checks the
 * two against each other on arbitrary records. The line has a fixed shape, so one flat record, one template
 * and a JSON escape per string replace pino's generic walk over five nested objects. A line below the level is
 * not written.
 */
export class RequestLineWriter {
  private readonly threshold: number;
  /** The bindings pino adds to every line (`,"pid":…,"hostname":"…"`). */
  private readonly bindings = `,"pid":${process.pid},"hostname":${JSON.stringify(hostname())}`;

  constructor(
    private readonly destination: DestinationStream,
    level: string,
    private readonly now: () => number = Date.now,
  ) {
    this.threshold = level === 'silent' ? Infinity : levelValue(level);
  }

  isEnabled(level: RequestLineLevel): boolean {
    return pino.levels.values[level] >= this.threshold;
  }

  write(level: RequestLineLevel, record: RequestRecord): void {
    const value = pino.levels.values[level];
    if (value < this.threshold) return;
    const id = JSON.stringify(record.id);
    let headers = '';
    if (record.contentType !== undefined) headers = `"content-type":${JSON.stringify(record.contentType)}`;
    if (record.contentLength !== undefined) headers += `${headers ? ',' : ''}"content-length":${JSON.stringify(record.contentLength)}`;
    this.destination.write(
      `{"level":${value},"time":${this.now()}${this.bindings},"reqId":${id},"req":{"id":${id},"method":${JSON.stringify(record.method)},` +
        `"url":${JSON.stringify(record.url)}},"request_id":${id},"res":{"statusCode":${record.statusCode},"headers":{${headers}}},` +
        `"responseTime":${record.responseTime},"msg":${JSON.stringify(record.msg)}}\n`,
    );
  }
}

function levelValue(level: string): number {
  const value = pino.levels.values[level];
  if (value === undefined) throw new Error(`unknown log level ${level}`);
  return value;
}
