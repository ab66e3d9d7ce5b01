import { MigrationInterface, QueryRunner } from "typeorm";

// Hand-written: what importing an original Atlas database needs.
// - import_id_map remembers which original row became which Atlas row, so a second run imports nothing twice.
// - Accounts of the original that only signed in with GitHub have no password (they set one by a reset).
// - An account owns at most one organization created in Atlas; organizations brought over from the original
//   keep their original owner beside it (imported_at marks them).
export class OriginalImport1796400000000 implements MigrationInterface {
    name = 'OriginalImport1796400000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "import_id_map" ("source_table" character varying(40) NOT NULL, "source_id" character varying(64) NOT NULL, "atlas_id" character varying(64) NOT NULL, "imported_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_import_id_map" PRIMARY KEY ("source_table", "source_id"))`);
        await queryRunner.query(`CREATE INDEX "ix_import_id_map_run" ON "import_id_map" ("source_table", "imported_at")`);
        await queryRunner.query(`ALTER TABLE "users" ALTER COLUMN "password_hash" DROP NOT NULL`);
        await queryRunner.query(`ALTER TABLE "organizations" ADD "imported_at" TIMESTAMP(3) WITH TIME ZONE`);
        await queryRunner.query(`DROP INDEX "public"."uq_organizations_owner"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_organizations_owner" ON "organizations" ("owner_id") WHERE imported_at IS NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."uq_organizations_owner"`);
        await queryRunner.query(`DELETE FROM "organizations" WHERE "imported_at" IS NOT NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_organizations_owner" ON "organizations" ("owner_id") `);
        await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "imported_at"`);
        await queryRunner.query(`UPDATE "users" SET "password_hash" = '!' WHERE "password_hash" IS NULL`);
        await queryRunner.query(`ALTER TABLE "users" ALTER COLUMN "password_hash" SET NOT NULL`);
        await queryRunner.query(`DROP TABLE "import_id_map"`);
    }

}
