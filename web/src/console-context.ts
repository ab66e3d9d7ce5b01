import type { AtlasSocket, components } from '@atlas/client';
import { createContext, useContext, useEffect } from 'react';

export type Member = components['schemas']['MemberDto'];

/** What every screen of a signed-in console shares. */
export interface ConsoleContextValue {
  userId: number;
  username: string;
  /** The socket of this tab, once opened. */
  socket: AtlasSocket | null;
  /** Members of the current organization (for assignees and @mentions). */
  members: Member[];
  openTask: (taskId: string) => void;
}

export const ConsoleContext = createContext<ConsoleContextValue | null>(null);

export function useConsole(): ConsoleContextValue {
  const value = useContext(ConsoleContext);
  if (!value) throw new Error('useConsole outside of a signed-in console');
  return value;
}

/**
 * Keeps the socket in the project's room (task, sprint and comment events of the project), joining it
 * again after every reconnection: the server forgets a socket's rooms when it closes.
 */
export function useProjectRoom(socket: AtlasSocket | null, projectId: string | null | undefined): void {
  useEffect(() => {
    if (!socket || !projectId) return;
    const subscribe = () =>
      socket.emit('subscribe_project', { project_id: projectId }, (ack) => {
        if (!ack.ok) console.warn(`Live updates of project ${projectId} refused: ${ack.error.title}`, ack.error);
      });
    if (socket.connected) subscribe();
    socket.on('connect', subscribe);
    return () => {
      socket.off('connect', subscribe);
    };
  }, [socket, projectId]);
}
