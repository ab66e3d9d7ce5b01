import { DataSource } from 'typeorm';
import { dataSourceOptions } from './src/database/data-source.options';

/** Data source for the TypeORM CLI (`npm run migration:generate -- src/database/migrations/Name`). */
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL must be set for the TypeORM CLI');

export default new DataSource(dataSourceOptions(url));
