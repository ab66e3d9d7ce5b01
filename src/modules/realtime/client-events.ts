import { Injectable } from '@nestjs/common';
import type { ClientEventName, ClientEvents, Room } from '../../common/realtime';

/** The authenticated user behind a socket. */
export interface SocketUser {
  id: number;
  username: string;
}

/** What a client-event handler may know and do about the socket that sent the event. */
export interface ClientEventContext {
  user: SocketUser;
  socketId: string;
  organizationIds: readonly string[];
  /** Adds this socket to a room (after the handler checked the caller may see it). */
  join(room: Room): void;
}

export interface ClientEventDefinition<T extends object, R = unknown> {
  /** class-validator DTO of the payload; a bad payload is acknowledged with a 422 problem. */
  dto: new () => T;
  /** Resolves to the `data` of the positive ack. */
  handle(payload: T, context: ClientEventContext): Promise<R>;
}

/** Extra rooms a user's sockets join on connection (e.g. their chat channels). */
export type RoomSource = (userId: number) => Promise<Room[]>;

/**
 * Client events and room sources contributed by feature modules, so the realtime module never
 * imports them: a feature registers its handlers here on module init.
 */
@Injectable()
export class ClientEventRegistry {
  private readonly events = new Map<string, ClientEventDefinition<object>>();
  private readonly roomSources: RoomSource[] = [];

  /** `name` and the ack's data come from the protocol's `ClientEvents` map. */
  register<E extends ClientEventName, T extends object>(name: E, definition: ClientEventDefinition<T, ClientEvents[E]['data']>): void {
    if (this.events.has(name)) throw new Error(`client event "${name}" is registered twice`);
    this.events.set(name, definition);
  }

  addRoomSource(source: RoomSource): void {
    this.roomSources.push(source);
  }

  get(name: string): ClientEventDefinition<object> | undefined {
    return this.events.get(name);
  }

  /** The registered client events. */
  names(): string[] {
    return [...this.events.keys()];
  }

  async extraRooms(userId: number): Promise<Room[]> {
    return (await Promise.all(this.roomSources.map((source) => source(userId)))).flat();
  }
}
