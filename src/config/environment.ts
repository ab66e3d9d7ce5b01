import { plainToInstance, Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  validateSync,
} from 'class-validator';
import { IsCronExpression } from './is-cron-expression';
import { Sensitive } from './sensitive';

const toBoolean = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : value === true || value === 'true' || value === '1';

/** Every variable Atlas reads. `.env.example` lists the same set. */
export class Environment {
  @IsOptional()
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(65535)
  PORT = 3000;

  @IsOptional() @IsString()
  HOST = '0.0.0.0';

  @IsOptional()
  @Sensitive()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200)
  DATABASE_POOL_SIZE = 10;

  @IsOptional() @IsString()
  DATA_DIR = '.data';

  @IsOptional() @Type(() => Number) @IsInt() @Min(1024) @Max(65535)
  EMBEDDED_POSTGRES_PORT = 54329;

  @IsOptional() @Sensitive() @IsString()
  JWT_SECRET_KEY?: string;

  @IsOptional() @Sensitive() @IsString()
  JWT_SECRET_KEY_OLD?: string;

  @IsOptional() @IsString()
  JWT_ISSUER = 'atlas';

  @IsOptional() @IsString()
  JWT_AUDIENCE = 'atlas-api';

  @IsOptional() @Type(() => Number) @IsInt() @Min(60) @Max(86_400)
  JWT_ACCESS_TTL_SECONDS = 900;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(365)
  REFRESH_TOKEN_TTL_DAYS = 30;

  /** An organization invitation that is not answered within this many days expires. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(365)
  INVITATION_TTL_DAYS = 7;

  @IsOptional() @IsString()
  CORS_ORIGINS = '';

  @IsOptional()
  @Sensitive()
  @IsUrl({ protocols: ['redis', 'rediss'], require_tld: false }, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL?: string;

  @IsOptional() @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IsOptional() @Transform(toBoolean) @IsBoolean()
  ALLOW_DEMO_LOGIN?: boolean;

  @IsOptional() @IsCronExpression()
  RISK_SCAN_CRON = '*/15 * * * *';

  @IsOptional() @Transform(toBoolean) @IsBoolean()
  RISK_SCAN_ENABLED = true;

  /** How often Socket.IO pings each client; a client that does not answer within the timeout is dropped. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(50) @Max(600_000)
  SOCKET_PING_INTERVAL_MS = 25_000;

  @IsOptional() @Type(() => Number) @IsInt() @Min(50) @Max(600_000)
  SOCKET_PING_TIMEOUT_MS = 20_000;

  /** Safety-net poll of undelivered outbox rows (LISTEN/NOTIFY delivers at once otherwise). */
  @IsOptional() @Type(() => Number) @IsInt() @Min(100) @Max(600_000)
  OUTBOX_POLL_INTERVAL_MS = 5_000;

  /**
   * A drain of the outbox starts at least this long after the end of the last one, so a burst goes out
   * in one batch (three statements) instead of one batch per commit. An idle dispatcher drains at once.
   */
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(1_000)
  OUTBOX_COALESCE_MS = 10;

  /** Delivered outbox rows (the GET /events catch-up window) are deleted after this many days. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(3650)
  OUTBOX_RETENTION_DAYS = 7;

  /** Prefix of the Redis keys and channels used by presence and the Socket.IO adapter. */
  @IsOptional() @Matches(/^[A-Za-z0-9_.:-]{1,64}$/, { message: 'REALTIME_KEY_PREFIX must be 1..64 characters of A-Z a-z 0-9 _ . : -' })
  REALTIME_KEY_PREFIX = 'atlas';

  /** An OpenAI-compatible chat-completions endpoint (ending in /v1 for most servers). Unset: AI planning answers 503. */
  @ValidateIf((env: Environment) => env.AI_BASE_URL !== undefined || env.AI_MODEL !== undefined)
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { message: 'AI_BASE_URL must be an http:// or https:// URL (required when AI_MODEL is set)' },
  )
  AI_BASE_URL?: string;

  @ValidateIf((env: Environment) => env.AI_BASE_URL !== undefined || env.AI_MODEL !== undefined)
  @IsString()
  @IsNotEmpty({ message: 'AI_MODEL is required when AI_BASE_URL is set' })
  @MaxLength(200, { message: 'AI_MODEL must be at most 200 characters' })
  AI_MODEL?: string;

  /** Sent as a bearer token; local servers (Ollama, vLLM) need none. */
  @IsOptional() @Sensitive() @IsString()
  AI_API_KEY?: string;

  /** Each call to the provider is aborted after this long (504 AI_TIMEOUT). */
  @IsOptional() @Type(() => Number) @IsInt() @Min(50) @Max(600_000)
  AI_TIMEOUT_MS = 60_000;

  /** Planning requests (draft and discover) allowed per user per minute, across instances with REDIS_URL. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(10_000)
  AI_REQUESTS_PER_MINUTE = 10;

  /** Server-side limit on one statement (every pooled connection); also bounds a query on a frozen server. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(100) @Max(3_600_000)
  DATABASE_STATEMENT_TIMEOUT_MS = 10_000;

  /** A session left idle inside a transaction this long is ended by the server. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(100) @Max(3_600_000)
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS = 60_000;

  /** How long a request waits for a pooled connection (or a new one) before it is a 503. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(100) @Max(600_000)
  DATABASE_POOL_ACQUIRE_TIMEOUT_MS = 5_000;

  /** Requests and socket events of one user running at once (default: half the pool). */
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200)
  USER_CONCURRENCY?: number;

  /** Requests and socket events of one user waiting for a slot; beyond it: 429. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(100_000)
  USER_QUEUE = 100;

  /** POST/PUT/PATCH/DELETE requests per user (per IP when anonymous) per minute, across instances with Redis. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1_000_000)
  HTTP_WRITES_PER_MINUTE = 600;

  /** Request line plus headers; above it: 431. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(1024) @Max(1_048_576)
  HTTP_MAX_HEADER_BYTES = 16_384;

  /** Token bucket per socket: refill rate and capacity. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100_000)
  SOCKET_EVENTS_PER_SECOND = 20;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100_000)
  SOCKET_EVENTS_BURST = 40;

  /** A socket over its limit for this long without a break is disconnected. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(100) @Max(3_600_000)
  SOCKET_FLOOD_DISCONNECT_MS = 10_000;

  /** On SIGTERM/SIGINT, in-flight requests get this long before their connections are closed. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(600_000)
  SHUTDOWN_TIMEOUT_MS = 10_000;

  /** Stored responses of idempotent requests are kept this long. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(720)
  IDEMPOTENCY_TTL_HOURS = 24;

  /** During an outage, one log line per failure kind per interval. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(100) @Max(3_600_000)
  OUTAGE_LOG_INTERVAL_MS = 10_000;
}

export class ConfigurationError extends Error {}

/** Validates the environment; the error message is one line naming each variable and rule, never a value. */
export function validateEnvironment(raw: NodeJS.ProcessEnv): Environment {
  const defined = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ''));
  const env = plainToInstance(Environment, defined, { exposeDefaultValues: true });
  const errors = validateSync(env, {
    whitelist: false,
    stopAtFirstError: true,
    validationError: { target: false, value: false },
  });
  if (errors.length > 0) {
    const reasons = errors.flatMap((e) => Object.values(e.constraints ?? {}));
    throw new ConfigurationError(`Invalid configuration: ${reasons.join('; ')}`);
  }
  return env;
}
