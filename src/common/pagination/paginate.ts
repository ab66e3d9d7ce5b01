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

/**
 * Offset or keyset pagination over a query builder. A keyset page is a row comparison on an
 * indexed ordering, so it costs the same at any depth and is stable while rows are inserted.
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
    if (page.cursor !== undefined && page.skip !== undefined) {
      throw new ValidationFailedError([{ field: 'cursor', message: 'cursor and skip cannot be combined' }]);
    }
    const limit = page.limit;
    const skip = page.skip ?? 0;
    const total = options.total ? await options.total() : await query.clone().getCount();

    const rows = query.clone();
    if (page.cursor !== undefined) {
      const values = this.cursors.decode(order.scope, page.cursor, order.columns.length);
      const comparison = order.direction === 'DESC' ? '<' : '>';
      const params = Object.fromEntries(values.map((v, i) => [`cursor_${i}`, v]));
      const left = order.columns.map((c) => c.column).join(', ');
      const right = values.map((_, i) => `:cursor_${i}`).join(', ');
      rows.andWhere(`(${left}) ${comparison} (${right})`, params);
    } else if (skip > 0) {
      rows.offset(skip);
    }
    order.columns.forEach((c, i) =>
      i === 0 ? rows.orderBy(c.column, order.direction) : rows.addOrderBy(c.column, order.direction),
    );
    const items = await rows.limit(limit + 1).getMany();
    const hasMore = items.length > limit;
    if (hasMore) items.pop();
    const last = items.at(-1);
    const next_cursor =
      hasMore && last ? this.cursors.encode(order.scope, order.columns.map((c) => toCursorValue(c.value(last)))) : null;
    return { items, total, skip: page.cursor !== undefined ? 0 : skip, limit, next_cursor };
  }
}

function toCursorValue(value: Date | string | number): CursorValue {
  return value instanceof Date ? value.toISOString() : value;
}
