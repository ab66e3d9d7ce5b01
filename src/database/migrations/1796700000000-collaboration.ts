import { MigrationInterface, QueryRunner } from "typeorm";

export class Collaboration1796700000000 implements MigrationInterface {
    name = 'Collaboration1796700000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // New values are added in place (no rewrite of notifications); IF NOT EXISTS lets another migration add the same one.
        await queryRunner.query(`ALTER TYPE "public"."notification_type" ADD VALUE IF NOT EXISTS 'comment_added'`);
        await queryRunner.query(`ALTER TYPE "public"."notification_type" ADD VALUE IF NOT EXISTS 'status_changed'`);
        await queryRunner.query(`ALTER TYPE "public"."notification_type" ADD VALUE IF NOT EXISTS 'sprint_at_risk'`);
        await queryRunner.query(`CREATE TABLE "notification_preferences" ("user_id" integer NOT NULL, "type" "public"."notification_type" NOT NULL, "enabled" boolean NOT NULL, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_notification_preferences_mandatory" CHECK (enabled OR type NOT IN ('mention', 'org_invitation', 'task_assigned')), CONSTRAINT "PK_755d37e231803acea1c54e5e88a" PRIMARY KEY ("user_id", "type"))`);

        await queryRunner.query(`CREATE TABLE "labels" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "name" character varying(50) NOT NULL, "color" character varying(7) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_labels_name" CHECK (char_length(name) >= 1), CONSTRAINT "ck_labels_color" CHECK (color ~ '^#[0-9a-f]{6}$'), CONSTRAINT "PK_c0c4e97f76f1f3a268c7a70b925" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_labels_project_name" ON "labels" ("project_id", "name", "id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_labels_project_name" ON "labels" ("project_id", lower("name"))`);
        await queryRunner.query(`CREATE TABLE "task_labels" ("task_id" uuid NOT NULL, "label_id" uuid NOT NULL, CONSTRAINT "PK_d46d4e476e3f6f8bf272b2bc1eb" PRIMARY KEY ("task_id", "label_id"))`);
        await queryRunner.query(`CREATE INDEX "ix_task_labels_label" ON "task_labels" ("label_id", "task_id") `);

        await queryRunner.query(`CREATE TABLE "watchers" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "task_id" uuid, "issue_id" integer, "project_id" uuid NOT NULL, "user_id" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_watchers_subject" CHECK ((task_id IS NULL) <> (issue_id IS NULL)), CONSTRAINT "PK_9c758ec0c90189ed82dfd202ba9" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_watchers_user_project" ON "watchers" ("user_id", "project_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_watchers_issue_user" ON "watchers" ("issue_id", "user_id") WHERE issue_id IS NOT NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_watchers_task_user" ON "watchers" ("task_id", "user_id") WHERE task_id IS NOT NULL`);

        await queryRunner.query(`CREATE TABLE "comments" ("id" SERIAL NOT NULL, "task_id" uuid, "issue_id" integer, "project_id" uuid NOT NULL, "author_id" integer NOT NULL, "body" character varying(10000) NOT NULL, "mentions" integer array NOT NULL DEFAULT '{}', "edited" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_comments_body" CHECK (char_length(body) >= 1), CONSTRAINT "ck_comments_subject" CHECK ((task_id IS NULL) <> (issue_id IS NULL)), CONSTRAINT "PK_8bf68bc960f2b69e818bdb90dcb" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_comments_project" ON "comments" ("project_id") `);
        await queryRunner.query(`CREATE INDEX "ix_comments_issue" ON "comments" ("issue_id", "created_at", "id") WHERE issue_id IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "ix_comments_task" ON "comments" ("task_id", "created_at", "id") WHERE task_id IS NOT NULL`);

        // A deleted task's own rows go with it; its deletion is kept on the project.
        await queryRunner.query(`ALTER TABLE "activities" DROP CONSTRAINT "ck_activities_subject"`);
        await queryRunner.query(`ALTER TABLE "activities" ADD CONSTRAINT "ck_activities_subject" CHECK ((task_id IS NULL) <> (issue_id IS NULL) OR (action = 'deleted' AND task_id IS NULL AND issue_id IS NULL))`);

        await queryRunner.query(`ALTER TABLE "watchers" ADD CONSTRAINT "FK_50e70c94adc655c5b46e23cbc2b" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "watchers" ADD CONSTRAINT "FK_021b6309536bbf0bdb498f2ad9d" FOREIGN KEY ("issue_id") REFERENCES "issues"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "watchers" ADD CONSTRAINT "FK_ef48a1ecff12e6cf22b94735096" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "watchers" ADD CONSTRAINT "FK_92550ab29ffa21531ab3e68047b" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "labels" ADD CONSTRAINT "FK_68b0da461f6765824f6db642f12" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "task_labels" ADD CONSTRAINT "FK_844df22351eb86c33c3e8c132f4" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "task_labels" ADD CONSTRAINT "FK_09dd3f6f9d04063726c498155f2" FOREIGN KEY ("label_id") REFERENCES "labels"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "notification_preferences" ADD CONSTRAINT "FK_64c90edc7310c6be7c10c96f675" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "comments" ADD CONSTRAINT "FK_18c2493067c11f44efb35ca0e03" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "comments" ADD CONSTRAINT "FK_4ce924bcd63bee0fccc7fe1d8f6" FOREIGN KEY ("issue_id") REFERENCES "issues"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "comments" ADD CONSTRAINT "FK_03dbde2ff570596e874bb3bb311" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "comments" ADD CONSTRAINT "FK_e6d38899c31997c45d128a8973b" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DELETE FROM "activities" WHERE task_id IS NULL AND issue_id IS NULL`);
        await queryRunner.query(`ALTER TABLE "activities" DROP CONSTRAINT "ck_activities_subject"`);
        await queryRunner.query(`ALTER TABLE "activities" ADD CONSTRAINT "ck_activities_subject" CHECK ((task_id IS NULL) <> (issue_id IS NULL))`);
        await queryRunner.query(`DROP TABLE "comments"`);
        await queryRunner.query(`DROP TABLE "watchers"`);
        await queryRunner.query(`DROP TABLE "task_labels"`);
        await queryRunner.query(`DROP TABLE "labels"`);
        await queryRunner.query(`DROP TABLE "notification_preferences"`);
        // Enum values cannot be dropped in place; the added ones stay (unused) after a revert.
    }

}
