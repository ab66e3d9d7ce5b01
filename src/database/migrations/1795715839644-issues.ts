import { MigrationInterface, QueryRunner } from "typeorm";

export class Issues1795715839644 implements MigrationInterface {
    name = 'Issues1795715839644'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."issue_type" AS ENUM('blocker', 'bug', 'question')`);
        await queryRunner.query(`CREATE TYPE "public"."issue_priority" AS ENUM('low', 'medium', 'high', 'critical')`);
        await queryRunner.query(`CREATE TYPE "public"."issue_status" AS ENUM('open', 'in_progress', 'resolved', 'closed')`);
        await queryRunner.query(`CREATE TABLE "issues" ("id" SERIAL NOT NULL, "project_id" uuid NOT NULL, "task_id" uuid, "title" character varying(200) NOT NULL, "description" character varying(10000) NOT NULL, "issue_type" "public"."issue_type" NOT NULL DEFAULT 'bug', "priority" "public"."issue_priority" NOT NULL DEFAULT 'medium', "status" "public"."issue_status" NOT NULL DEFAULT 'open', "reporter_id" integer NOT NULL, "assignee_id" integer, "resolution" character varying(5000), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_9d8ecbbeff46229c700f0449257" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_issues_open_blockers" ON "issues" ("task_id") WHERE issue_type = 'blocker' AND status IN ('open', 'in_progress')`);
        await queryRunner.query(`CREATE INDEX "ix_issues_project_status" ON "issues" ("project_id", "status") `);
        await queryRunner.query(`CREATE INDEX "ix_issues_project_created" ON "issues" ("project_id", "created_at", "id") `);
        await queryRunner.query(`ALTER TABLE "issues" ADD CONSTRAINT "FK_11f35e8296e10c229e7b68c68d4" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "issues" ADD CONSTRAINT "FK_2d1f80027cea452bff2233aa242" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "issues" ADD CONSTRAINT "FK_394a6ced54c634dfadea1618d2a" FOREIGN KEY ("reporter_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "issues" ADD CONSTRAINT "FK_7da282c871a9b6497da2cecf869" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "issues" DROP CONSTRAINT "FK_7da282c871a9b6497da2cecf869"`);
        await queryRunner.query(`ALTER TABLE "issues" DROP CONSTRAINT "FK_394a6ced54c634dfadea1618d2a"`);
        await queryRunner.query(`ALTER TABLE "issues" DROP CONSTRAINT "FK_2d1f80027cea452bff2233aa242"`);
        await queryRunner.query(`ALTER TABLE "issues" DROP CONSTRAINT "FK_11f35e8296e10c229e7b68c68d4"`);
        await queryRunner.query(`DROP INDEX "public"."ix_issues_project_created"`);
        await queryRunner.query(`DROP INDEX "public"."ix_issues_project_status"`);
        await queryRunner.query(`DROP INDEX "public"."ix_issues_open_blockers"`);
        await queryRunner.query(`DROP TABLE "issues"`);
        await queryRunner.query(`DROP TYPE "public"."issue_status"`);
        await queryRunner.query(`DROP TYPE "public"."issue_priority"`);
        await queryRunner.query(`DROP TYPE "public"."issue_type"`);
    }

}
