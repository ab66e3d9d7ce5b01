export interface CursorPage<T> {
  items: T[];
  next_cursor: string | null;
}

/** Every item of a list, page by page through `next_cursor`; fails rather than loop on a cursor that never ends. */
export async function walkWithCursor<T>(fetchPage: (cursor?: string) => Promise<CursorPage<T>>, maxPages = 100): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < maxPages; pages++) {
    const page = await fetchPage(cursor);
    items.push(...page.items);
    if (page.next_cursor === null) return items;
    cursor = page.next_cursor;
  }
  throw new Error(`the cursor walk did not end within ${maxPages} pages`);
}
