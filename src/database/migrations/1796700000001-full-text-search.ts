import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Generated `search_vector` columns (the `simple` configuration: no stemming, so a typed prefix
 * always matches the word it starts) with GIN indexes. TypeORM keeps the expressions of generated
 * columns in `typeorm_metadata` for its schema diff; the table is created here since migrations run
 * without entities.
 */
export class FullTextSearch1796700000001 implements MigrationInterface {
    name = 'FullTextSearch1796700000001'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE IF NOT EXISTS "typeorm_metadata" ("type" character varying NOT NULL, "database" character varying, "schema" character varying, "table" character varying, "name" character varying, "value" text)`);
        const columns: [string, string][] = [
            ['tasks', `setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', coalesce(description, '')), 'B')`],
            ['issues', `setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', description), 'B')`],
            ['comments', `setweight(to_tsvector('simple', body), 'C')`],
        ];
        for (const [table, expression] of columns) {
            await queryRunner.query(`ALTER TABLE "${table}" ADD "search_vector" tsvector GENERATED ALWAYS AS (${expression}) STORED NOT NULL`);
            await queryRunner.query(`CREATE INDEX "ix_${table}_search" ON "${table}" USING gin ("search_vector")`);
            await queryRunner.query(
                `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), 'public', $1, 'GENERATED_COLUMN', 'search_vector', $2)`,
                [table, expression],
            );
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const table of ['comments', 'issues', 'tasks']) {
            await queryRunner.query(`DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "table" = $1 AND "name" = 'search_vector'`, [table]);
            await queryRunner.query(`DROP INDEX "public"."ix_${table}_search"`);
            await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "search_vector"`);
        }
    }

}
