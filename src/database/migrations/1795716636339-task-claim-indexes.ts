import { MigrationInterface, QueryRunner } from "typeorm";

export class TaskClaimIndexes1795716636339 implements MigrationInterface {
    name = 'TaskClaimIndexes1795716636339'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_tasks_claimable"`);
        await queryRunner.query(`CREATE INDEX "ix_tasks_claim_without_story" ON "tasks" ("project_id", "order", "created_at", "id") WHERE story_id IS NULL AND status = 'To Do' AND assignee_id IS NULL`);
        await queryRunner.query(`CREATE INDEX "ix_tasks_claim_story" ON "tasks" ("story_id", "order", "created_at", "id") WHERE status = 'To Do' AND assignee_id IS NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_tasks_claim_story"`);
        await queryRunner.query(`DROP INDEX "public"."ix_tasks_claim_without_story"`);
        await queryRunner.query(`CREATE INDEX "ix_tasks_claimable" ON "tasks" ("project_id", "order", "created_at", "id") WHERE status = 'To Do' AND assignee_id IS NULL`);
    }

}
