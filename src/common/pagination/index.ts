export * from './page-query.dto';
export * from './page';
export * from './cursor-codec';
export * from './paginate';
