import { Injectable } from '@nestjs/common';

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
  join(room: string): void;
}

export interface ClientEventDefinition<T extends object> {
  /** class-validator DTO of the payload; a bad payload is acknowledged with a 422 problem. */
  dto: new () => T;
  handle(payload: T, context: ClientEventContext): Promise<unknown>;
}

/** Extra rooms a user's sockets join on connection (e.g. their chat channels). */
export type RoomSource = (userId: number) => Promise<string[]>;

/**
 * Client events and room sources contributed by feature modules, so the realtime module never
 * imports them: a feature registers its handlers here on module init.
 */
@Injectable()
export class ClientEventRegistry {
  private readonly events = new Map<string, ClientEventDefinition<object>>();
  private readonly roomSources: RoomSource[] = [];

  register<T extends object>(name: string, definition: ClientEventDefinition<T>): void {
    if (this.events.has(name)) throw new Error(`client event "${name}" is registered twice`);
    this.events.set(name, definition);
  }

  addRoomSource(source: RoomSource): void {
    this.roomSources.push(source);
  }

  /** The names of the registered client events. */
  names(): string[] {
    return [...this.events.keys()];
  }

  get(name: string): ClientEventDefinition<object> | undefined {
    return this.events.get(name);
  }

  async extraRooms(userId: number): Promise<string[]> {
    return (await Promise.all(this.roomSources.map((source) => source(userId)))).flat();
  }
}
