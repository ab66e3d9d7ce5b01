import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from './schema.js';
import { REFRESH_PATH, Session, type SessionOptions, type Tokens } from './session.js';

/** Every route the client can call, generated from openapi.json. */
export type ApiPaths = paths;

export const ORGANIZATION_HEADER = 'X-Organization-Id';

export interface AtlasClientOptions extends SessionOptions {
  /** Sent as `X-Organization-Id` on every request; null or unset: the user's default organization. */
  organizationId?: string | null;
}

/** Routes that never carry a bearer token and whose 401 means what it says (wrong password...). */
const UNAUTHENTICATED = new Set(['/api/v1/auth/login', '/api/v1/auth/register', '/api/v1/auth/demo-login', REFRESH_PATH]);

/**
 * The typed Atlas client: `api` is an openapi-fetch client over openapi.json whose middleware adds the
 * bearer token and the organization header, and on a 401 renews the pair once and retries the request once.
 */
export class AtlasClient {
  readonly api: Client<ApiPaths>;
  readonly session: Session;
  readonly baseUrl: string;
  private organization: string | null;
  private readonly organizationListeners = new Set<(organizationId: string | null) => void>();
  private readonly pending = new Map<string, Request>();

  constructor(options: AtlasClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/$/, '');
    this.session = new Session({ ...options, baseUrl: this.baseUrl });
    this.organization = options.organizationId ?? null;
    const fetchImpl = options.fetch ?? ((input: Request) => globalThis.fetch(input));
    this.api = createClient<ApiPaths>({ baseUrl: this.baseUrl, fetch: fetchImpl });
    this.api.use(this.middleware(fetchImpl));
  }

  get organizationId(): string | null {
    return this.organization;
  }

  /** Changes the organization of every later request (and of sockets opened with `connectSocket`). */
  setOrganization(organizationId: string | null): void {
    if (organizationId === this.organization) return;
    this.organization = organizationId;
    for (const listener of this.organizationListeners) listener(organizationId);
  }

  onOrganizationChange(listener: (organizationId: string | null) => void): () => void {
    this.organizationListeners.add(listener);
    return () => this.organizationListeners.delete(listener);
  }

  /** Stores a pair from sign-in (login, register, demo-login, password change). */
  signIn(tokens: Tokens): void {
    this.session.set(tokens);
  }

  /** Revokes the refresh token on the server (best effort: the local pair is dropped either way). */
  async signOut(): Promise<void> {
    const tokens = this.session.current;
    this.session.set(null);
    if (!tokens) return;
    await this.api.POST('/api/v1/auth/logout', { body: { refresh_token: tokens.refresh_token } }).catch(() => undefined);
  }

  private middleware(fetchImpl: (request: Request) => Promise<Response>): Middleware {
    const authorize = (request: Request, accessToken: string | undefined): Request => {
      if (accessToken) request.headers.set('Authorization', `Bearer ${accessToken}`);
      return request;
    };
    return {
      onRequest: ({ request, schemaPath, id }) => {
        if (this.organization && !request.headers.has(ORGANIZATION_HEADER)) {
          request.headers.set(ORGANIZATION_HEADER, this.organization);
        }
        if (UNAUTHENTICATED.has(schemaPath)) return request;
        const authorized = authorize(request, this.session.current?.access_token);
        // Kept unread for the one retry: the body of the request sent is consumed by then.
        this.pending.set(id, authorized.clone());
        return authorized;
      },
      onResponse: async ({ response, id }) => {
        const original = this.pending.get(id);
        this.pending.delete(id);
        if (!original || response.status !== 401) return response;
        const rejected = original.headers.get('Authorization')?.replace(/^Bearer /, '');
        const renewed = await this.session.renew(rejected);
        if (!renewed) return response;
        await response.body?.cancel();
        return fetchImpl(authorize(original, renewed.access_token));
      },
      onError: ({ id }) => {
        this.pending.delete(id);
      },
    };
  }
}

export function createAtlasClient(options: AtlasClientOptions): AtlasClient {
  return new AtlasClient(options);
}
