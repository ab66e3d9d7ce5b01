import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ValidationFailedError } from '../../common/errors';
import { CursorCodec, Page } from '../../common/pagination';
import { AccessPolicy } from '../access';
import { SearchQuery, SearchResultDto, SearchType } from './dto/search.dto';
import { parseSearch, toTsQueryText } from './search-query';
import { SEARCH_SQL } from './search.sql';

interface Row {
  total: number;
  type: SearchType | null;
  id: string;
  project_id: string;
  task_id: string | null;
  issue_id: number | null;
  rank: number;
  title: string;
  snippet: string;
}

const ALL_TYPES = Object.values(SearchType);

/**
 * Full-text search over task and issue titles and descriptions and comment bodies, in the caller's
 * projects only, ranked by relevance. A read model over other modules' tables (like the access
 * policy), so that a page is one query whatever it holds.
 */
@Injectable()
export class SearchService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly access: AccessPolicy,
    private readonly cursors: CursorCodec,
  ) {}

  async search(userId: number, query: SearchQuery): Promise<Page<SearchResultDto>> {
    const tsquery = toTsQueryText(parseSearch(query.q));
    if (tsquery === null) {
      throw new ValidationFailedError([{ field: 'q', message: 'q must contain at least one word to look for' }]);
    }
    if (query.cursor !== undefined && query.skip !== undefined) {
      throw new ValidationFailedError([{ field: 'cursor', message: 'cursor and skip cannot be combined' }]);
    }
    if (query.project_id !== undefined) await this.access.project(userId, query.project_id);
    const types = query.types ?? ALL_TYPES;
    const scope = `search:${userId}:${query.project_id ?? ''}:${[...types].sort().join(',')}:${tsquery}`;
    const after = query.cursor !== undefined ? this.cursors.decode(scope, query.cursor, 3) : [null, null, null];
    const skip = query.cursor !== undefined ? 0 : (query.skip ?? 0);

    const rows: Row[] = await this.txHost.tx.query(SEARCH_SQL, [
      userId,
      query.project_id ?? null,
      tsquery,
      types,
      query.limit + 1,
      skip,
      ...after,
    ]);
    const hits = rows.filter((row) => row.type !== null);
    const hasMore = hits.length > query.limit;
    const items = hits.slice(0, query.limit).map(toResult);
    const last = hits[query.limit - 1];
    return {
      items,
      total: rows[0]?.total ?? 0,
      skip,
      limit: query.limit,
      next_cursor: hasMore && last ? this.cursors.encode(scope, [Number(last.rank), last.type!, last.id]) : null,
    };
  }
}

function toResult(row: Row): SearchResultDto {
  return {
    type: row.type!,
    id: row.type === SearchType.TASK ? row.id : Number(row.id),
    project_id: row.project_id,
    title: row.title,
    snippet: row.snippet,
    rank: Number(row.rank),
    task_id: row.task_id,
    issue_id: row.issue_id,
  };
}
