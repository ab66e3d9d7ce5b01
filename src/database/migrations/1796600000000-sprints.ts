import { MigrationInterface, QueryRunner } from "typeorm";

export class Sprints1796600000000 implements MigrationInterface {
    name = 'Sprints1796600000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."sprint_status" AS ENUM('planned', 'active', 'completed')`);
        await queryRunner.query(`CREATE TABLE "sprints" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "goal" character varying(5000), "status" "public"."sprint_status" NOT NULL DEFAULT 'planned', "start_date" date NOT NULL, "end_date" date NOT NULL, "started_at" TIMESTAMP(3) WITH TIME ZONE, "completed_at" TIMESTAMP(3) WITH TIME ZONE, "committed_points" integer, "completed_points" integer, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_sprints_points" CHECK (committed_points >= 0 AND completed_points >= 0), CONSTRAINT "ck_sprints_dates" CHECK (end_date >= start_date), CONSTRAINT "PK_6800aa2e0f508561812c4b9afb4" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_sprints_project_completed" ON "sprints" ("project_id", "completed_at", "id") WHERE status = 'completed'`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_sprints_one_active" ON "sprints" ("project_id") WHERE status = 'active'`);
        await queryRunner.query(`CREATE INDEX "ix_sprints_project_created" ON "sprints" ("project_id", "created_at", "id") `);
        await queryRunner.query(`CREATE TABLE "sprint_scope_changes" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "sprint_id" uuid NOT NULL, "task_id" uuid NOT NULL, "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "scope_delta" integer NOT NULL, "done_delta" integer NOT NULL, CONSTRAINT "PK_3386bdf70d17e95cd5fb7bd22a1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_sprint_scope_changes_sprint" ON "sprint_scope_changes" ("sprint_id", "at", "id") `);
        await queryRunner.query(`ALTER TABLE "tasks" ADD "sprint_id" uuid`);
        await queryRunner.query(`ALTER TABLE "tasks" ADD "story_points" smallint`);
        await queryRunner.query(`CREATE INDEX "ix_tasks_plannable_without_story" ON "tasks" ("project_id", "order", "created_at", "id") WHERE story_id IS NULL AND sprint_id IS NULL AND status <> 'Done' AND story_points IS NOT NULL AND open_blocker_count = 0`);
        await queryRunner.query(`CREATE INDEX "ix_tasks_plannable_story" ON "tasks" ("story_id", "order", "created_at", "id") WHERE sprint_id IS NULL AND status <> 'Done' AND story_points IS NOT NULL AND open_blocker_count = 0`);
        await queryRunner.query(`CREATE INDEX "ix_tasks_sprint" ON "tasks" ("sprint_id", "id") WHERE sprint_id IS NOT NULL`);
        await queryRunner.query(`ALTER TABLE "tasks" ADD CONSTRAINT "ck_tasks_story_points" CHECK (story_points BETWEEN 0 AND 100)`);
        await queryRunner.query(`ALTER TABLE "tasks" ADD CONSTRAINT "FK_b512d5a489d692f66569978b8a7" FOREIGN KEY ("sprint_id") REFERENCES "sprints"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "sprints" ADD CONSTRAINT "FK_82145010051f3f2fc94671c0b35" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "sprint_scope_changes" ADD CONSTRAINT "FK_e9ca443db8b6f0ca08e7ecc4e27" FOREIGN KEY ("sprint_id") REFERENCES "sprints"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        // Added in place (not by recreating the type) so that other additions to the type keep working.
        await queryRunner.query(`ALTER TYPE "public"."notification_type" ADD VALUE IF NOT EXISTS 'sprint_at_risk'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DELETE FROM "notifications" WHERE "type" = 'sprint_at_risk'`);
        await queryRunner.query(`ALTER TABLE "sprint_scope_changes" DROP CONSTRAINT "FK_e9ca443db8b6f0ca08e7ecc4e27"`);
        await queryRunner.query(`ALTER TABLE "sprints" DROP CONSTRAINT "FK_82145010051f3f2fc94671c0b35"`);
        await queryRunner.query(`ALTER TABLE "tasks" DROP CONSTRAINT "FK_b512d5a489d692f66569978b8a7"`);
        await queryRunner.query(`ALTER TABLE "tasks" DROP CONSTRAINT "ck_tasks_story_points"`);
        await queryRunner.query(`DROP INDEX "public"."ix_tasks_sprint"`);
        await queryRunner.query(`DROP INDEX "public"."ix_tasks_plannable_story"`);
        await queryRunner.query(`DROP INDEX "public"."ix_tasks_plannable_without_story"`);
        await queryRunner.query(`ALTER TABLE "tasks" DROP COLUMN "story_points"`);
        await queryRunner.query(`ALTER TABLE "tasks" DROP COLUMN "sprint_id"`);
        await queryRunner.query(`DROP INDEX "public"."ix_sprint_scope_changes_sprint"`);
        await queryRunner.query(`DROP TABLE "sprint_scope_changes"`);
        await queryRunner.query(`DROP INDEX "public"."ix_sprints_project_created"`);
        await queryRunner.query(`DROP INDEX "public"."uq_sprints_one_active"`);
        await queryRunner.query(`DROP INDEX "public"."ix_sprints_project_completed"`);
        await queryRunner.query(`DROP TABLE "sprints"`);
        await queryRunner.query(`DROP TYPE "public"."sprint_status"`);
    }

}
