import { ApiProperty } from '@nestjs/swagger';

export interface Page<T> {
  items: T[];
  total: number;
  skip: number;
  limit: number;
  next_cursor: string | null;
}

export function mapPage<T, U>(page: Page<T>, map: (item: T) => U): Page<U> {
  return { ...page, items: page.items.map(map) };
}

/** Swagger description of the page envelope; `items` is typed per route. */
export class PageMetaDto {
  @ApiProperty() total: number;
  @ApiProperty() skip: number;
  @ApiProperty() limit: number;
  @ApiProperty({ type: String, nullable: true }) next_cursor: string | null;
}
