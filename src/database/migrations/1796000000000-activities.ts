import { MigrationInterface, QueryRunner } from "typeorm";

export class Activities1796000000000 implements MigrationInterface {
    name = 'Activities1796000000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "activities" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "task_id" uuid, "issue_id" integer, "project_id" uuid NOT NULL, "actor_id" integer, "action" text NOT NULL, "field" text, "old_value" text, "new_value" text, "reason" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_activities_subject" CHECK ((task_id IS NULL) <> (issue_id IS NULL)), CONSTRAINT "PK_7f4004429f731ffb9c88eb486a8" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_activities_project" ON "activities" ("project_id", "created_at", "id") `);
        await queryRunner.query(`CREATE INDEX "ix_activities_issue" ON "activities" ("issue_id", "created_at", "id") WHERE issue_id IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "ix_activities_task" ON "activities" ("task_id", "created_at", "id") WHERE task_id IS NOT NULL`);
        await queryRunner.query(`ALTER TABLE "activities" ADD CONSTRAINT "FK_bf7d57a8dbac45bbdf52385f8b8" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "activities" ADD CONSTRAINT "FK_2e63a93f740528e3a64e62b760f" FOREIGN KEY ("issue_id") REFERENCES "issues"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "activities" ADD CONSTRAINT "FK_7297db78eb572fa29db5aaf8158" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "activities" ADD CONSTRAINT "FK_78e06b2e7a3bd9b9239de4aa285" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "activities" DROP CONSTRAINT "FK_78e06b2e7a3bd9b9239de4aa285"`);
        await queryRunner.query(`ALTER TABLE "activities" DROP CONSTRAINT "FK_7297db78eb572fa29db5aaf8158"`);
        await queryRunner.query(`ALTER TABLE "activities" DROP CONSTRAINT "FK_2e63a93f740528e3a64e62b760f"`);
        await queryRunner.query(`ALTER TABLE "activities" DROP CONSTRAINT "FK_bf7d57a8dbac45bbdf52385f8b8"`);
        await queryRunner.query(`DROP INDEX "public"."ix_activities_task"`);
        await queryRunner.query(`DROP INDEX "public"."ix_activities_issue"`);
        await queryRunner.query(`DROP INDEX "public"."ix_activities_project"`);
        await queryRunner.query(`DROP TABLE "activities"`);
    }

}
