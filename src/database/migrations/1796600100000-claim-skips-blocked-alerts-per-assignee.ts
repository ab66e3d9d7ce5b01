import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The claim never hands out a blocked task, so its indexes leave blocked tasks out; a risk alert is
 * owed per task and assignee, so the alert slot is keyed by both (existing slots go to the current assignee).
 */
export class ClaimSkipsBlockedAlertsPerAssignee1796600100000 implements MigrationInterface {
    name = 'ClaimSkipsBlockedAlertsPerAssignee1796600100000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_tasks_claim_story"`);
        await queryRunner.query(`DROP INDEX "public"."ix_tasks_claim_without_story"`);
        await queryRunner.query(`CREATE INDEX "ix_tasks_claim_story" ON "tasks" ("story_id", "order", "created_at", "id") WHERE status = 'To Do' AND assignee_id IS NULL AND open_blocker_count = 0`);
        await queryRunner.query(`CREATE INDEX "ix_tasks_claim_without_story" ON "tasks" ("project_id", "order", "created_at", "id") WHERE story_id IS NULL AND status = 'To Do' AND assignee_id IS NULL AND open_blocker_count = 0`);

        await queryRunner.query(`ALTER TABLE "risk_alerts" ADD "user_id" integer`);
        await queryRunner.query(`UPDATE "risk_alerts" a SET "user_id" = t."assignee_id" FROM "tasks" t WHERE t."id" = a."task_id"`);
        await queryRunner.query(`DELETE FROM "risk_alerts" WHERE "user_id" IS NULL`);
        await queryRunner.query(`ALTER TABLE "risk_alerts" ALTER COLUMN "user_id" SET NOT NULL`);
        await queryRunner.query(`ALTER TABLE "risk_alerts" DROP CONSTRAINT "PK_e352a55c68d414acb0f1dc3bca8"`);
        await queryRunner.query(`ALTER TABLE "risk_alerts" ADD CONSTRAINT "PK_7cab6e21e1ad635dd29eff5d797" PRIMARY KEY ("task_id", "user_id")`);
        await queryRunner.query(`ALTER TABLE "risk_alerts" ADD CONSTRAINT "FK_bda54d4033de2e3204903f2ecb8" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "risk_alerts" DROP CONSTRAINT "FK_bda54d4033de2e3204903f2ecb8"`);
        await queryRunner.query(`ALTER TABLE "risk_alerts" DROP CONSTRAINT "PK_7cab6e21e1ad635dd29eff5d797"`);
        await queryRunner.query(`DELETE FROM "risk_alerts" a USING "risk_alerts" b WHERE a."task_id" = b."task_id" AND a."last_alert_at" < b."last_alert_at"`);
        await queryRunner.query(`ALTER TABLE "risk_alerts" ADD CONSTRAINT "PK_e352a55c68d414acb0f1dc3bca8" PRIMARY KEY ("task_id")`);
        await queryRunner.query(`ALTER TABLE "risk_alerts" DROP COLUMN "user_id"`);

        await queryRunner.query(`DROP INDEX "public"."ix_tasks_claim_without_story"`);
        await queryRunner.query(`DROP INDEX "public"."ix_tasks_claim_story"`);
        await queryRunner.query(`CREATE INDEX "ix_tasks_claim_without_story" ON "tasks" ("project_id", "order", "created_at", "id") WHERE story_id IS NULL AND status = 'To Do' AND assignee_id IS NULL`);
        await queryRunner.query(`CREATE INDEX "ix_tasks_claim_story" ON "tasks" ("story_id", "order", "created_at", "id") WHERE status = 'To Do' AND assignee_id IS NULL`);
    }

}
