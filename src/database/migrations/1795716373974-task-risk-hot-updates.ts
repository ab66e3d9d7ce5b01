import { MigrationInterface, QueryRunner } from "typeorm";

export class TaskRiskHotUpdates1795716373974 implements MigrationInterface {
    name = 'TaskRiskHotUpdates1795716373974'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // Risk rescoring touches no indexed column, so its updates can stay heap-only (HOT) when the
        // page has room: no (project_id, risk_level) index, and free space left on each page.
        await queryRunner.query(`DROP INDEX "public"."ix_tasks_project_risk"`);
        await queryRunner.query(`ALTER TABLE "tasks" SET (fillfactor = 85)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "tasks" RESET (fillfactor)`);
        await queryRunner.query(`CREATE INDEX "ix_tasks_project_risk" ON "tasks" ("project_id", "risk_level") `);
    }

}
