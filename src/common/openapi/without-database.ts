import { ApiExtension } from '@nestjs/swagger';

export const WITHOUT_DATABASE_EXTENSION = 'x-without-database';

/**
 * Marks an operation that never reaches the database, so the document lists no 503 for it (every
 * other operation answers 503 SERVICE_UNAVAILABLE when the database is unreachable or times out).
 */
export const ApiWithoutDatabase = () => ApiExtension(WITHOUT_DATABASE_EXTENSION, true);
