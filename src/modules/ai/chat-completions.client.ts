import { Logger } from '@nestjs/common';
import Ajv from 'ajv';
import { AiProviderError, AiProviderRateLimitedError, AiTimeoutError } from './ai.errors';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ChatCompletionsProvider {
  baseUrl: string;
  model: string;
  apiKey?: string;
}

export interface ResponseFormat {
  type: 'json_schema';
  json_schema: { name: string; schema: Record<string, unknown>; strict: boolean };
}

export interface ChatAnswer {
  content: string | null;
  /** `stop`, or `length` when the answer was cut off. */
  finishReason: string | null;
  model: string;
}

/** The part of a chat-completions response this client reads. */
interface ChatCompletion {
  model?: string;
  choices: { finish_reason?: string | null; message: { content?: string | null; refusal?: string | null } }[];
}

const COMPLETION_SCHEMA = {
  type: 'object',
  required: ['choices'],
  properties: {
    model: { type: 'string' },
    choices: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['message'],
        properties: {
          finish_reason: { type: ['string', 'null'] },
          message: {
            type: 'object',
            properties: { content: { type: ['string', 'null'] }, refusal: { type: ['string', 'null'] } },
          },
        },
      },
    },
  },
};

const isCompletion = new Ajv({ strict: false }).compile<ChatCompletion>(COMPLETION_SCHEMA);

/** A plan of the largest size is a few MB of JSON; anything bigger is not an answer to our request. */
const MAX_RESPONSE_BYTES = 8 * 1024 * 1024;
/** When a provider's 429 does not say how long to wait. */
const DEFAULT_RETRY_AFTER_SECONDS = 30;
const MAX_RETRY_AFTER_SECONDS = 3600;
const LOGGED_MESSAGE_CHARS = 300;

class ResponseTooLargeError extends Error {}

/** Reads a body up to `limit` bytes; a larger one is cancelled, not buffered. */
async function readText(response: Response, limit: number): Promise<string> {
  if (!response.body) return '';
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new ResponseTooLargeError(`the answer exceeds ${limit} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** `Retry-After` (seconds or an HTTP date), or OpenAI's `retry-after-ms`, in whole seconds. */
export function retryAfterSeconds(headers: Headers, now = Date.now()): number {
  const ms = Number(headers.get('retry-after-ms'));
  const header = headers.get('retry-after')?.trim();
  let seconds = Number.NaN;
  if (header && /^\d+(\.\d+)?$/.test(header)) seconds = Number(header);
  else if (header && !Number.isNaN(Date.parse(header))) seconds = (Date.parse(header) - now) / 1000;
  else if (Number.isFinite(ms) && ms > 0) seconds = ms / 1000;
  if (!Number.isFinite(seconds)) return DEFAULT_RETRY_AFTER_SECONDS;
  return Math.min(MAX_RETRY_AFTER_SECONDS, Math.max(1, Math.ceil(seconds)));
}

/**
 * One call of the OpenAI-compatible `POST {base}/chat/completions`, with plain `fetch`. The call is aborted
 * after `timeoutMs`; failures become the AI domain errors. Provider error texts are logged (without the
 * key), never sent to our clients.
 */
export class ChatCompletionsClient {
  private readonly logger = new Logger('AiProvider');
  private readonly url: string;

  constructor(
    private readonly provider: ChatCompletionsProvider,
    private readonly timeoutMs: number,
  ) {
    this.url = `${provider.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  }

  get model(): string {
    return this.provider.model;
  }

  async complete(messages: ChatMessage[], responseFormat: ResponseFormat): Promise<ChatAnswer> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    let response: Response;
    let body: string;
    try {
      response = await fetch(this.url, {
        method: 'POST',
        headers: this.headers(),
        body: JSON.stringify({ model: this.provider.model, messages, response_format: responseFormat }),
        signal: controller.signal,
        redirect: 'error',
      });
      body = await readText(response, MAX_RESPONSE_BYTES);
    } catch (error) {
      if (controller.signal.aborted) {
        this.logger.warn(`no answer from ${this.url} within ${this.timeoutMs} ms; the call was aborted`);
        throw new AiTimeoutError(this.timeoutMs);
      }
      this.logger.warn(`call to ${this.url} failed: ${this.describe(error)}`);
      throw new AiProviderError(
        error instanceof ResponseTooLargeError ? 'The AI provider sent an oversized answer' : 'The AI provider could not be reached',
      );
    } finally {
      clearTimeout(timer);
    }
    return this.read(response, body);
  }

  private read(response: Response, body: string): ChatAnswer {
    if (response.status === 429) {
      const seconds = retryAfterSeconds(response.headers);
      this.logger.warn(`${this.url} answered 429 (retry after ${seconds} s): ${this.excerpt(body)}`);
      throw new AiProviderRateLimitedError(seconds);
    }
    if (!response.ok) {
      this.logger.warn(`${this.url} answered ${response.status}: ${this.excerpt(body)}`);
      throw new AiProviderError(`The AI provider answered with status ${response.status}`);
    }
    let completion: unknown;
    try {
      completion = JSON.parse(body);
    } catch (error) {
      this.logger.warn(`${this.url} answered 200 with a body that is not JSON (${this.describe(error)})`);
      throw new AiProviderError('The AI provider did not answer with a chat completion');
    }
    if (!isCompletion(completion)) {
      this.logger.warn(`${this.url} answered 200 with JSON that is not a chat completion: ${this.excerpt(body)}`);
      throw new AiProviderError('The AI provider did not answer with a chat completion');
    }
    const [choice] = completion.choices;
    if (choice.message.refusal) {
      this.logger.warn(`the model refused: ${this.excerpt(choice.message.refusal)}`);
      throw new AiProviderError('The model refused to plan this description');
    }
    return {
      content: choice.message.content ?? null,
      finishReason: choice.finish_reason ?? null,
      model: completion.model || this.provider.model,
    };
  }

  private headers(): Record<string, string> {
    const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
    if (this.provider.apiKey) headers.Authorization = `Bearer ${this.provider.apiKey}`;
    return headers;
  }

  private describe(error: unknown): string {
    if (!(error instanceof Error)) return String(error);
    const cause = error.cause instanceof Error ? `: ${(error.cause as Error & { code?: string }).code ?? error.cause.message}` : '';
    return this.redact(`${error.message}${cause}`);
  }

  private excerpt(text: string): string {
    const flat = text.replace(/\s+/g, ' ').trim();
    return this.redact(flat.length > LOGGED_MESSAGE_CHARS ? `${flat.slice(0, LOGGED_MESSAGE_CHARS)}…` : flat);
  }

  /** Some providers echo (part of) the key in their error texts. */
  private redact(text: string): string {
    const key = this.provider.apiKey;
    const withoutKey = key ? text.split(key).join('[redacted]') : text;
    return withoutKey.replace(/\b(sk|pk|key)-[A-Za-z0-9_*-]{6,}/g, '[redacted]');
  }
}
