import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One scripted answer of the fake provider. */
export type ScriptedAnswer =
  /** 200 with a chat completion whose message content is this JSON value, stringified. */
  | { json: unknown; model?: string }
  /** 200 with a chat completion whose message content is this text as it is. */
  | { content: string | null; finishReason?: string; model?: string; refusal?: string }
  /** Any status, headers and raw body. */
  | { status: number; body?: string; headers?: Record<string, string> }
  /** Never answers; the request stays open until the client gives up. */
  | { hang: true };

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: {
    model: string;
    messages: { role: string; content: string }[];
    response_format: { type: string; json_schema: { name: string; schema: Record<string, unknown>; strict: boolean } };
    [key: string]: unknown;
  };
}

/**
 * A real HTTP server that speaks the chat-completions protocol and plays scripted answers in order,
 * recording every request it receives and every request its client abandoned.
 */
export class ChatCompletionsServer {
  readonly received: ReceivedRequest[] = [];
  /** Requests whose client closed the connection before an answer was sent. */
  aborted = 0;
  private readonly script: ScriptedAnswer[] = [];
  private readonly server: Server;
  private readonly open = new Set<ServerResponse>();

  private constructor() {
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  static async start(): Promise<ChatCompletionsServer> {
    const fake = new ChatCompletionsServer();
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  /** The base URL to configure as AI_BASE_URL. */
  get baseUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  /** Queues answers for the next requests; an unscripted request gets a 599 that fails the test loudly. */
  play(...answers: ScriptedAnswer[]): void {
    this.script.push(...answers);
  }

  /** Forgets what was received and what is still queued. */
  reset(): void {
    this.received.length = 0;
    this.script.length = 0;
    this.aborted = 0;
  }

  get pending(): number {
    return this.script.length;
  }

  async close(): Promise<void> {
    for (const res of this.open) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    this.received.push({
      method: req.method ?? '',
      path: req.url ?? '',
      headers: req.headers,
      body: text ? JSON.parse(text) : {},
    });
    this.open.add(res);
    res.on('close', () => {
      this.open.delete(res);
      if (!res.writableEnded) this.aborted += 1;
    });
    const answer = this.script.shift();
    if (!answer) return this.send(res, 599, { error: { message: 'no scripted answer left' } });
    if ('hang' in answer) return;
    if ('status' in answer) {
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
      res.end(answer.body ?? '');
      return;
    }
    const content = 'json' in answer ? JSON.stringify(answer.json) : answer.content;
    const finishReason = 'finishReason' in answer ? answer.finishReason : 'stop';
    const refusal = 'refusal' in answer ? answer.refusal : null;
    this.send(res, 200, {
      id: `chatcmpl-${this.received.length}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: answer.model ?? 'scripted-model-2025-01-01',
      choices: [{ index: 0, message: { role: 'assistant', content, refusal }, finish_reason: finishReason }],
      usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
    });
  }

  private send(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }
}
