import { createAtlasClient, type Tokens } from '@atlas/client';

const TOKENS_KEY = 'atlas.tokens';
const ORGANIZATION_KEY = 'atlas.organization';

function storedTokens(): Tokens | null {
  const raw = localStorage.getItem(TOKENS_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as Tokens;
  } catch (error) {
    console.warn('Dropped unreadable stored tokens; sign in again', error);
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

/** The client's typed HTTP calls (openapi-fetch over the generated schema, with its token and organization middleware). */
export const api = client.api;

client.onOrganizationChange((id) => {
  if (id) localStorage.setItem(ORGANIZATION_KEY, id);
  else localStorage.removeItem(ORGANIZATION_KEY);
});

export function onSessionEnded(listener: () => void): () => void {
  signOutListeners.add(listener);
  return () => signOutListeners.delete(listener);
}
