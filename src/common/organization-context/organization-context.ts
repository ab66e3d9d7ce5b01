import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { isUUID } from 'class-validator';
import { CLS_REQ, ClsService } from 'nestjs-cls';
import { DomainError, ErrorCode, NotFoundError, ValidationFailedError } from '../errors';

/** The request header that names the organization a request acts in. */
export const ORGANIZATION_HEADER = 'X-Organization-Id';

/** The organization a request acts in, with the caller's membership of it. */
export interface ActingOrganization {
  id: string;
  name: string;
  ownerId: number;
  /** The caller's role in it. */
  role: string;
  isOwner: boolean;
}

export class NoOrganizationError extends DomainError {
  readonly code = ErrorCode.NO_ORGANIZATION;
  readonly title = 'No organization';
  constructor() {
    super('You are not a member of any organization');
  }
}

/** What a socket event runs with (the organization its handshake named, if any). */
interface SocketScope {
  requestedOrganizationId: string | undefined;
}

const SOCKET_SCOPE = 'atlas:organization-context:socket';

/**
 * The default organization: the membership most recently made the default (by accepting an invitation or
 * by PUT /users/me/default-organization), else the one the user owns, else the one they joined first.
 */
const MEMBERSHIP_SQL = (narrowed: boolean) => `
  SELECT o.id, o.name, o.owner_id AS "ownerId", m.role::text AS role
    FROM organization_members m JOIN organizations o ON o.id = m.organization_id
   WHERE m.user_id = $1 ${narrowed ? 'AND m.organization_id = $2' : ''}
   ORDER BY m.default_since DESC NULLS LAST, (o.owner_id = $1) DESC, m.joined_at, m.id
   LIMIT 1`;

/**
 * Turns the `X-Organization-Id` header (or, without it, the caller's default organization) into the
 * organization a request acts in. Resolved lazily, at most once per request and user: the answer is kept
 * beside the request (an HTTP request, or one socket event), so every organization-scoped service of the
 * request sees the same organization. A malformed header is a 422; an organization the caller does not
 * belong to is a 404, as if it did not exist.
 */
@Injectable()
export class OrganizationContext {
  private readonly resolved = new WeakMap<object, Map<number, Promise<ActingOrganization>>>();

  constructor(
    private readonly cls: ClsService,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  /** The organization the request acts in: the one the header names, else the caller's default. */
  current(userId: number): Promise<ActingOrganization> {
    const scope = this.scope();
    if (!scope) return this.resolve(userId, undefined);
    let byUser = this.resolved.get(scope);
    if (!byUser) this.resolved.set(scope, (byUser = new Map<number, Promise<ActingOrganization>>()));
    let found = byUser.get(userId);
    if (!found) byUser.set(userId, (found = this.resolveRequested(userId)));
    return found;
  }

  /** The organization the header names (checked like `current`), or null when the request names none. */
  async requested(userId: number): Promise<ActingOrganization | null> {
    return this.scope() && this.requestedId() !== undefined ? this.current(userId) : null;
  }

  /** The caller's default organization, whatever the request names (null when they belong to none). */
  async defaultOf(userId: number): Promise<ActingOrganization | null> {
    return this.find(userId, undefined);
  }

  /** Runs a socket event in a scope of its own that acts in `requestedOrganizationId` (or the default). */
  runForSocket<T>(requestedOrganizationId: string | undefined, work: () => Promise<T>): Promise<T> {
    const scope: SocketScope = { requestedOrganizationId };
    return this.cls.run(() => {
      this.cls.set(SOCKET_SCOPE, scope);
      return work();
    });
  }

  /** Checks a requested organization id's form: a UUID, else a 422 naming `field`. */
  static parseRequestedId(value: unknown, field: string = ORGANIZATION_HEADER): string | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || !isUUID(value)) {
      throw new ValidationFailedError([{ field, message: 'must be a UUID' }], `${field} must be an organization id (UUID)`);
    }
    return value.toLowerCase();
  }

  /** What the resolved organization is kept beside: the socket event's scope, else the HTTP request. */
  private scope(): object | undefined {
    if (!this.cls.isActive()) return undefined;
    return this.cls.get<SocketScope | undefined>(SOCKET_SCOPE) ?? this.cls.get<object | undefined>(CLS_REQ);
  }

  private requestedId(): string | undefined {
    const socket = this.cls.get<SocketScope | undefined>(SOCKET_SCOPE);
    if (socket) return socket.requestedOrganizationId;
    const request = this.cls.get<{ headers: Record<string, string | string[] | undefined> } | undefined>(CLS_REQ);
    return OrganizationContext.parseRequestedId(request?.headers[ORGANIZATION_HEADER.toLowerCase()]);
  }

  /** Async, so a malformed header becomes a rejection kept like any other answer. */
  private async resolveRequested(userId: number): Promise<ActingOrganization> {
    return this.resolve(userId, this.requestedId());
  }

  private async resolve(userId: number, requestedId: string | undefined): Promise<ActingOrganization> {
    const organization = await this.find(userId, requestedId);
    if (organization) return organization;
    throw requestedId === undefined ? new NoOrganizationError() : new NotFoundError('Organization', requestedId);
  }

  private async find(userId: number, organizationId: string | undefined): Promise<ActingOrganization | null> {
    const params: unknown[] = organizationId === undefined ? [userId] : [userId, organizationId];
    const rows: Omit<ActingOrganization, 'isOwner'>[] = await this.txHost.tx.query(
      MEMBERSHIP_SQL(organizationId !== undefined),
      params,
    );
    const row = rows[0];
    return row ? { ...row, isOwner: row.ownerId === userId } : null;
  }
}
