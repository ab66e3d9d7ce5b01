import { MigrationInterface, QueryRunner } from "typeorm";

export class TaskBlockersRisk1795715512084 implements MigrationInterface {
    name = 'TaskBlockersRisk1795715512084'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "tasks" ADD "open_blocker_count" integer NOT NULL DEFAULT '0'`);
        await queryRunner.query(`CREATE INDEX "ix_tasks_project_risk" ON "tasks" ("project_id", "risk_level") `);
        await queryRunner.query(`ALTER TABLE "tasks" ADD CONSTRAINT "ck_tasks_open_blockers" CHECK (open_blocker_count >= 0)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "tasks" DROP CONSTRAINT "ck_tasks_open_blockers"`);
        await queryRunner.query(`DROP INDEX "public"."ix_tasks_project_risk"`);
        await queryRunner.query(`ALTER TABLE "tasks" DROP COLUMN "open_blocker_count"`);
    }

}
