import { ApiProblem, createAtlasClient, type Tokens } from '@atlas/client';

const TOKENS_KEY = 'atlas.tokens';
const ORGANIZATION_KEY = 'atlas.organization';

function storedTokens(): Tokens | null {
  try {
    const raw = localStorage.getItem(TOKENS_KEY);
    return raw ? (JSON.parse(raw) as Tokens) : null;
  } catch {
    localStorage.removeItem(TOKENS_KEY);
    return null;
  }
}

const signOutListeners = new Set<() => void>();

/** The one typed client of the console: same origin, tokens and organization kept in localStorage. */
export const client = createAtlasClient({
  baseUrl: '',
  tokens: storedTokens(),
  organizationId: localStorage.getItem(ORGANIZATION_KEY),
  onTokens: (tokens) => {
    if (tokens) localStorage.setItem(TOKENS_KEY, JSON.stringify(tokens));
    else localStorage.removeItem(TOKENS_KEY);
  },
  onSignOut: () => signOutListeners.forEach((listener) => listener()),
});

client.onOrganizationChange((id) => {
  if (id) localStorage.setItem(ORGANIZATION_KEY, id);
  else localStorage.removeItem(ORGANIZATION_KEY);
});

export function onSessionEnded(listener: () => void): () => void {
  signOutListeners.add(listener);
  return () => signOutListeners.delete(listener);
}

/** A route this server does not have (yet): the screen says so instead of failing. */
export function isMissingRoute(error: unknown): boolean {
  return error instanceof ApiProblem && error.status === 404 && (error.code === 'ROUTE_NOT_FOUND' || error.code === undefined);
}
