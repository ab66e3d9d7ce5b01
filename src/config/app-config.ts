import { Environment } from './environment';

export interface JwtConfig {
  /** Signs new tokens. */
  secret: string;
  /** Still verifies tokens signed before a rotation. */
  previousSecret?: string;
  issuer: string;
  audience: string;
  accessTtlSeconds: number;
  refreshTtlDays: number;
}

export interface RealtimeConfig {
  /** Socket.IO heartbeat: a ping every interval; no pong within the timeout closes the socket. */
  pingIntervalMs: number;
  pingTimeoutMs: number;
  /** Safety-net poll of the outbox besides LISTEN/NOTIFY. */
  outboxPollIntervalMs: number;
  /** The pause before the next drain while rows keep committing (0: none). */
  outboxCoalesceMs: number;
  /** Delivered outbox rows older than this are deleted (hourly sweep). */
  outboxRetentionDays: number;
  /** Prefix of presence keys and Socket.IO adapter channels in Redis. */
  keyPrefix: string;
}

export interface AiConfig {
  /** The chat-completions provider; undefined when AI planning is not configured. */
  provider?: { baseUrl: string; model: string; apiKey?: string };
  timeoutMs: number;
  requestsPerMinute: number;
}

export interface DatabaseTimeouts {
  statementMs: number;
  idleInTransactionMs: number;
  poolAcquireMs: number;
}

/** What one client may take: per-user concurrency and writes, per-socket events, request size. */
export interface LimitsConfig {
  userConcurrency: number;
  userQueue: number;
  httpWritesPerMinute: number;
  maxHeaderBytes: number;
  socketEventsPerSecond: number;
  socketEventsBurst: number;
  socketFloodDisconnectMs: number;
}

/** The validated, resolved configuration every module reads (inject `AppConfig`). */
export class AppConfig {
  readonly nodeEnv: Environment['NODE_ENV'];
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string;
  readonly databasePoolSize: number;
  readonly embeddedDatabase: boolean;
  readonly jwt: JwtConfig;
  readonly corsOrigins: string[];
  readonly invitationTtlDays: number;
  readonly redisUrl?: string;
  readonly logLevel: string;
  readonly allowDemoLogin: boolean;
  readonly riskScan: { enabled: boolean; cron: string };
  readonly realtime: RealtimeConfig;
  readonly ai: AiConfig;
  readonly databaseTimeouts: DatabaseTimeouts;
  readonly limits: LimitsConfig;
  readonly shutdownTimeoutMs: number;
  readonly idempotencyTtlHours: number;
  readonly outageLogIntervalMs: number;

  constructor(env: Environment, resolved: { databaseUrl: string; embeddedDatabase: boolean; jwtSecret: string }) {
    this.nodeEnv = env.NODE_ENV;
    this.port = env.PORT;
    this.host = env.HOST;
    this.databaseUrl = resolved.databaseUrl;
    this.databasePoolSize = env.DATABASE_POOL_SIZE;
    this.embeddedDatabase = resolved.embeddedDatabase;
    this.jwt = {
      secret: resolved.jwtSecret,
      previousSecret: env.JWT_SECRET_KEY_OLD,
      issuer: env.JWT_ISSUER,
      audience: env.JWT_AUDIENCE,
      accessTtlSeconds: env.JWT_ACCESS_TTL_SECONDS,
      refreshTtlDays: env.REFRESH_TOKEN_TTL_DAYS,
    };
    this.corsOrigins = env.CORS_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean);
    this.invitationTtlDays = env.INVITATION_TTL_DAYS;
    this.redisUrl = env.REDIS_URL;
    this.logLevel = env.LOG_LEVEL;
    this.allowDemoLogin = env.ALLOW_DEMO_LOGIN ?? resolved.embeddedDatabase;
    this.riskScan = { enabled: env.RISK_SCAN_ENABLED, cron: env.RISK_SCAN_CRON };
    this.realtime = {
      pingIntervalMs: env.SOCKET_PING_INTERVAL_MS,
      pingTimeoutMs: env.SOCKET_PING_TIMEOUT_MS,
      outboxPollIntervalMs: env.OUTBOX_POLL_INTERVAL_MS,
      outboxCoalesceMs: env.OUTBOX_COALESCE_MS,
      outboxRetentionDays: env.OUTBOX_RETENTION_DAYS,
      keyPrefix: env.REALTIME_KEY_PREFIX,
    };
    this.ai = {
      provider:
        env.AI_BASE_URL && env.AI_MODEL
          ? { baseUrl: env.AI_BASE_URL, model: env.AI_MODEL, apiKey: env.AI_API_KEY }
          : undefined,
      timeoutMs: env.AI_TIMEOUT_MS,
      requestsPerMinute: env.AI_REQUESTS_PER_MINUTE,
    };
    this.databaseTimeouts = {
      statementMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
      idleInTransactionMs: env.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
      poolAcquireMs: env.DATABASE_POOL_ACQUIRE_TIMEOUT_MS,
    };
    this.limits = {
      userConcurrency: env.USER_CONCURRENCY ?? Math.max(1, Math.floor(env.DATABASE_POOL_SIZE / 2)),
      userQueue: env.USER_QUEUE,
      httpWritesPerMinute: env.HTTP_WRITES_PER_MINUTE,
      maxHeaderBytes: env.HTTP_MAX_HEADER_BYTES,
      socketEventsPerSecond: env.SOCKET_EVENTS_PER_SECOND,
      socketEventsBurst: env.SOCKET_EVENTS_BURST,
      socketFloodDisconnectMs: env.SOCKET_FLOOD_DISCONNECT_MS,
    };
    this.shutdownTimeoutMs = env.SHUTDOWN_TIMEOUT_MS;
    this.idempotencyTtlHours = env.IDEMPOTENCY_TTL_HOURS;
    this.outageLogIntervalMs = env.OUTAGE_LOG_INTERVAL_MS;
  }

  /** Safe to log: secrets and credentials are replaced. */
  toJSON(): Record<string, unknown> {
    return {
      nodeEnv: this.nodeEnv,
      port: this.port,
      host: this.host,
      databaseUrl: '[redacted]',
      embeddedDatabase: this.embeddedDatabase,
      jwt: { ...this.jwt, secret: '[redacted]', previousSecret: this.jwt.previousSecret ? '[redacted]' : undefined },
      corsOrigins: this.corsOrigins,
      invitationTtlDays: this.invitationTtlDays,
      redisUrl: this.redisUrl ? '[redacted]' : undefined,
      logLevel: this.logLevel,
      allowDemoLogin: this.allowDemoLogin,
      riskScan: this.riskScan,
      realtime: this.realtime,
      ai: {
        ...this.ai,
        provider: this.ai.provider && { ...this.ai.provider, apiKey: this.ai.provider.apiKey ? '[redacted]' : undefined },
      },
      databaseTimeouts: this.databaseTimeouts,
      limits: this.limits,
      shutdownTimeoutMs: this.shutdownTimeoutMs,
      idempotencyTtlHours: this.idempotencyTtlHours,
      outageLogIntervalMs: this.outageLogIntervalMs,
    };
  }
}
