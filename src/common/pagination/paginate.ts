import { Injectable } from '@nestjs/common';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ValidationFailedError } from '../errors';
import { CursorCodec, CursorValue } from './cursor-codec';
import { Page } from './page';
import { PageQueryDto } from './page-query.dto';

export interface KeysetColumn<T> {
  /** SQL expression, e.g. `n.created_at`. */
  column: string;
  /** Reads the same value from a loaded row. */
  value: (row: T) => Date | string | number;
}

export interface KeysetOrder<T> {
  /** Identifies the query (its filters and caller) so a cursor cannot be replayed on another one. */
  scope: string;
  direction: 'ASC' | 'DESC';
  /** Ordering columns; the last one must be unique (usually the id). */
  columns: KeysetColumn<T>[];
}

/**
 * Newest first by `(created_at, id)`, the order of feeds and histories (notifications, messages, lists of
 * things by creation). `alias` is the query builder's alias of a table with `created_at` and `id` columns;
 * the page is an index range when an index ends with `(created_at, id)` after the query's equality filters.
 */
export function newestFirst<T extends { createdAt: Date; id: string | number }>(scope: string, alias: string): KeysetOrder<T> {
  return {
    scope,
    direction: 'DESC',
    columns: [
      { column: `${alias}.created_at`, value: (row) => row.createdAt },
      { column: `${alias}.id`, value: (row) => row.id },
    ],
  };
}

export interface PageOptions {
  /** Supplies `total` when a COUNT(*) over the query would be too slow (e.g. a counter kept per user). */
  total?: () => Promise<number>;
}

/** Which rows a page needs, for a caller that runs its own SQL. */
export interface PageWindow {
  /** The ordering values to continue after (strictly past them in the order), from a cursor. */
  after?: CursorValue[];
  offset: number;
  /** The page size plus one: the extra row tells whether another page follows. */
  take: number;
}

/** The keyset order of a caller that runs its own SQL: the scope and how to read each ordering value. */
export interface RowOrder<T> {
  scope: string;
  values: ((row: T) => Date | string | number)[];
}

/**
 * Offset or keyset pagination over a query builder, or over the caller's own SQL. A keyset page is
 * a row comparison on an indexed ordering, so it costs the same at any depth and is stable while rows
 * are inserted.
 */
@Injectable()
export class Paginator {
  constructor(private readonly cursors: CursorCodec) {}

  async paginate<T extends ObjectLiteral>(
    query: SelectQueryBuilder<T>,
    page: PageQueryDto,
    order: KeysetOrder<T>,
    options: PageOptions = {},
  ): Promise<Page<T>> {
    const rowOrder = { scope: order.scope, values: order.columns.map((c) => c.value) };
    const total = options.total ?? (() => query.clone().getCount());
    return this.paginateRows(page, rowOrder, total, ({ after, offset, take }) => {
      const rows = query.clone();
      if (after) {
        const comparison = order.direction === 'DESC' ? '<' : '>';
        const params = Object.fromEntries(after.map((v, i) => [`cursor_${i}`, v]));
        const left = order.columns.map((c) => c.column).join(', ');
        const right = after.map((_, i) => `:cursor_${i}`).join(', ');
        rows.andWhere(`(${left}) ${comparison} (${right})`, params);
      } else if (offset > 0) {
        rows.offset(offset);
      }
      order.columns.forEach((c, i) =>
        i === 0 ? rows.orderBy(c.column, order.direction) : rows.addOrderBy(c.column, order.direction),
      );
      return rows.limit(take).getMany();
    });
  }

  /**
   * The same pages over rows the caller reads itself (plain SQL on a hot read, no entity hydration):
   * `fetch` returns up to `take` rows of the window in the keyset order.
   */
  async paginateRows<T>(
    page: PageQueryDto,
    order: RowOrder<T>,
    total: () => Promise<number>,
    fetch: (window: PageWindow) => Promise<T[]>,
  ): Promise<Page<T>> {
    return this.paginateRowsWithTotal(page, order, async (window) => {
      const count = await total();
      return { rows: await fetch(window), total: count };
    });
  }

  /** `paginateRows` for a caller whose one statement answers both the window's rows and the total. */
  async paginateRowsWithTotal<T>(
    page: PageQueryDto,
    order: RowOrder<T>,
    fetch: (window: PageWindow) => Promise<{ rows: T[]; total: number }>,
  ): Promise<Page<T>> {
    if (page.cursor !== undefined && page.skip !== undefined) {
      throw new ValidationFailedError([{ field: 'cursor', message: 'cursor and skip cannot be combined' }]);
    }
    const limit = page.limit;
    const skip = page.skip ?? 0;
    const after = page.cursor !== undefined ? this.cursors.decode(order.scope, page.cursor, order.values.length) : undefined;
    const { rows: items, total } = await fetch({ after, offset: after ? 0 : skip, take: limit + 1 });
    const hasMore = items.length > limit;
    if (hasMore) items.pop();
    const last = items.at(-1);
    const next_cursor =
      hasMore && last ? this.cursors.encode(order.scope, order.values.map((value) => toCursorValue(value(last)))) : null;
    return { items, total, skip: after ? 0 : skip, limit, next_cursor };
  }
}

function toCursorValue(value: Date | string | number): CursorValue {
  return value instanceof Date ? value.toISOString() : value;
}
