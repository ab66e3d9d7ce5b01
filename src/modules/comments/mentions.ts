/**
 * `@username` tokens of a comment body: an `@` not preceded by a username character or another `@`
 * (so `bob@example.test` mentions nobody), followed by username characters.
 */
const MENTION = /(?<![A-Za-z0-9_.@-])@([A-Za-z0-9_.-]+)/g;

/** The names a body may mention: each token, and the token without trailing dots and dashes ("@ana."). */
export function mentionCandidates(body: string): string[] {
  const names = new Set<string>();
  for (const [, token] of body.matchAll(MENTION)) {
    names.add(token);
    const trimmed = token.replace(/[.-]+$/, '');
    if (trimmed) names.add(trimmed);
  }
  return [...names];
}

/**
 * Which of `members` (found by the candidates, compared without case) the body mentions. A token
 * names the member whose username equals it exactly; failing that, the only member equal to it
 * without case; the untrimmed token is preferred to its trimmed form.
 */
export function mentionedIds(body: string, members: readonly { id: number; username: string }[]): number[] {
  const ids = new Set<number>();
  for (const [, token] of body.matchAll(MENTION)) {
    const id = resolve(token, members) ?? resolve(token.replace(/[.-]+$/, ''), members);
    if (id !== undefined) ids.add(id);
  }
  return [...ids].sort((a, b) => a - b);
}

function resolve(name: string, members: readonly { id: number; username: string }[]): number | undefined {
  if (!name) return undefined;
  const exact = members.find((m) => m.username === name);
  if (exact) return exact.id;
  const folded = members.filter((m) => m.username.toLowerCase() === name.toLowerCase());
  return folded.length === 1 ? folded[0].id : undefined;
}
