export { SearchModule } from './search.module';
export { SearchService } from './search.service';
export { parseSearch, toTsQueryText } from './search-query';
