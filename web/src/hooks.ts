import type { AtlasSocket, ServerToClientEvents } from '@atlas/client';
import { useCallback, useEffect, useRef, useState } from 'react';

export interface Resource<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/** Loads `load()` when `deps` change (and on `reload`), keeping the last data while a reload runs. */
export function useResource<T>(load: () => Promise<T>, deps: unknown[]): Resource<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
  const [version, setVersion] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    loadRef.current().then(
      (data) => current && setState({ data, loading: false }),
      (error: unknown) => current && setState((previous) => ({ data: previous.data, error, loading: false })),
    );
    return () => {
      current = false;
    };
  }, [...deps, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}

/** Runs an action, tracking whether it is pending and the error it ended with. */
export function useAction(): {
  pending: boolean;
  error: unknown;
  run: <T>(action: () => Promise<T>) => Promise<T | undefined>;
  clear: () => void;
} {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>();
  const run = useCallback(async <T,>(action: () => Promise<T>) => {
    setPending(true);
    setError(undefined);
    try {
      return await action();
    } catch (caught) {
      setError(caught);
      return undefined;
    } finally {
      setPending(false);
    }
  }, []);
  const clear = useCallback(() => setError(undefined), []);
  return { pending, error, run, clear };
}

type EventName = keyof ServerToClientEvents;
type FirstArgument<E extends EventName> = Parameters<ServerToClientEvents[E]>[0];

/**
 * Calls `handler` with every `event` the socket receives while the component is mounted, and `onConnect`
 * after each (re)connection: what was missed while the socket was down is read again.
 */
export function useSocketEvent<E extends EventName>(
  socket: AtlasSocket | null,
  event: E,
  handler: (payload: FirstArgument<E>) => void,
  onConnect?: () => void,
): void {
  const handlerRef = useRef(handler);
  handlerRef.current = handler;
  const connectRef = useRef(onConnect);
  connectRef.current = onConnect;
  useEffect(() => {
    if (!socket) return;
    const listener = ((payload: FirstArgument<E>) => handlerRef.current(payload)) as ServerToClientEvents[E];
    const connected = () => connectRef.current?.();
    // Socket.IO types `on` and `off` per event name; for the generic E they take that event's listener.
    const on = socket.on.bind(socket) as (name: E, listener: ServerToClientEvents[E]) => void;
    const off = socket.off.bind(socket) as (name: E, listener: ServerToClientEvents[E]) => void;
    on(event, listener);
    socket.on('connect', connected);
    return () => {
      off(event, listener);
      socket.off('connect', connected);
    };
  }, [socket, event]);
}

interface PageLike<T> {
  items: T[];
  total: number;
  next_cursor: string | null;
}

/**
 * Every item of a paginated list, oldest page first, following `next_cursor` up to `cap` items; `total`
 * says how many there are when the cap cut the walk short.
 */
export async function allPages<T>(page: (cursor: string | undefined) => Promise<PageLike<T>>, cap = 1000): Promise<{ items: T[]; total: number }> {
  const items: T[] = [];
  let cursor: string | undefined;
  let total = 0;
  do {
    const next = await page(cursor);
    items.push(...next.items);
    total = next.total;
    cursor = next.next_cursor ?? undefined;
  } while (cursor && items.length < cap);
  return { items, total };
}
