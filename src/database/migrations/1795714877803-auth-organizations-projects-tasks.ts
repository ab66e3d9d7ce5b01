import { MigrationInterface, QueryRunner } from "typeorm";

export class AuthOrganizationsProjectsTasks1795714877803 implements MigrationInterface {
    name = 'AuthOrganizationsProjectsTasks1795714877803'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "users" ("id" SERIAL NOT NULL, "username" character varying(50) NOT NULL, "email" character varying(254) NOT NULL, "password_hash" text NOT NULL, "avatar_url" character varying(500), "is_active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_users_username" ON "users" ("username") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_users_email_lower" ON "users" (lower("email"))`);
        await queryRunner.query(`CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(100) NOT NULL, "description" character varying(1000), "owner_id" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_organizations_owner" ON "organizations" ("owner_id") `);
        await queryRunner.query(`CREATE TABLE "projects" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "owner_id" integer NOT NULL, "name" character varying(200) NOT NULL, "description" character varying(5000), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6271df0a7aed1d6c0691ce6ac50" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_projects_organization_created" ON "projects" ("organization_id", "created_at", "id") `);
        await queryRunner.query(`CREATE TABLE "epics" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "description" character varying(5000), "order" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_aa782b1b14b73c7a38f04b71e3f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_epics_project_order" ON "epics" ("project_id", "order", "created_at") `);
        await queryRunner.query(`CREATE TABLE "stories" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "epic_id" uuid NOT NULL, "project_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "description" character varying(5000), "order" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bb6f880b260ed96c452b32a39f0" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_stories_project" ON "stories" ("project_id") `);
        await queryRunner.query(`CREATE INDEX "ix_stories_epic_order" ON "stories" ("epic_id", "order", "created_at") `);
        await queryRunner.query(`CREATE TYPE "public"."task_status" AS ENUM('To Do', 'In Progress', 'Done')`);
        await queryRunner.query(`CREATE TYPE "public"."risk_level" AS ENUM('low', 'medium', 'high')`);
        await queryRunner.query(`CREATE TABLE "tasks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "story_id" uuid, "title" character varying(200) NOT NULL, "description" character varying(10000), "status" "public"."task_status" NOT NULL DEFAULT 'To Do', "assignee_id" integer, "due_date" TIMESTAMP(3) WITH TIME ZONE, "estimate_hours" numeric(8,2), "progress_percentage" smallint NOT NULL DEFAULT '0', "risk_level" "public"."risk_level" NOT NULL DEFAULT 'low', "risk_score" smallint NOT NULL DEFAULT '0', "priority" smallint NOT NULL DEFAULT '0', "order" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_tasks_estimate" CHECK (estimate_hours IS NULL OR estimate_hours >= 0), CONSTRAINT "ck_tasks_priority" CHECK (priority BETWEEN 0 AND 4), CONSTRAINT "ck_tasks_progress" CHECK (progress_percentage BETWEEN 0 AND 100), CONSTRAINT "PK_8d12ff38fcc62aaba2cab748772" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_tasks_story" ON "tasks" ("story_id") `);
        await queryRunner.query(`CREATE INDEX "ix_tasks_claimable" ON "tasks" ("project_id", "order", "created_at", "id") WHERE status = 'To Do' AND assignee_id IS NULL`);
        await queryRunner.query(`CREATE INDEX "ix_tasks_assignee_status" ON "tasks" ("assignee_id", "status") `);
        await queryRunner.query(`CREATE INDEX "ix_tasks_project_status" ON "tasks" ("project_id", "status") `);
        await queryRunner.query(`CREATE INDEX "ix_tasks_project_created" ON "tasks" ("project_id", "created_at", "id") `);
        await queryRunner.query(`CREATE TYPE "public"."organization_role" AS ENUM('owner', 'manager', 'product_owner', 'developer', 'designer', 'qa')`);
        await queryRunner.query(`CREATE TABLE "organization_members" ("id" SERIAL NOT NULL, "organization_id" uuid NOT NULL, "user_id" integer NOT NULL, "role" "public"."organization_role" NOT NULL, "description" character varying(500), "invited_by_id" integer, "joined_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c2b39d5d072886a4d9c8105eb9a" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_organization_members_user" ON "organization_members" ("user_id", "joined_at") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_organization_members_org_user" ON "organization_members" ("organization_id", "user_id") `);
        await queryRunner.query(`CREATE TYPE "public"."invitation_status" AS ENUM('pending', 'accepted')`);
        await queryRunner.query(`CREATE TABLE "organization_invitations" ("id" SERIAL NOT NULL, "organization_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "invitee_id" integer NOT NULL, "role" "public"."organization_role" NOT NULL, "description" character varying(500), "status" "public"."invitation_status" NOT NULL DEFAULT 'pending', "invited_by_id" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "accepted_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_f172f12b8a9ee6584b661f57e24" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_organization_invitations_invitee" ON "organization_invitations" ("invitee_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_organization_invitations_pending" ON "organization_invitations" ("organization_id", "invitee_id") WHERE status = 'pending'`);
        await queryRunner.query(`CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" integer NOT NULL, "family_id" uuid NOT NULL, "token_hash" bytea NOT NULL, "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP(3) WITH TIME ZONE, "revoked_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_refresh_tokens_user" ON "refresh_tokens" ("user_id") `);
        await queryRunner.query(`CREATE INDEX "ix_refresh_tokens_family" ON "refresh_tokens" ("family_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_refresh_tokens_hash" ON "refresh_tokens" ("token_hash") `);
        await queryRunner.query(`ALTER TABLE "organizations" ADD CONSTRAINT "FK_e08c0b40ce104f44edf060126fe" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "projects" ADD CONSTRAINT "FK_585c8ce06628c70b70100bfb842" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "projects" ADD CONSTRAINT "FK_b1bd2fbf5d0ef67319c91acb5cf" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "epics" ADD CONSTRAINT "FK_dc579be47613cc4f616845d0bff" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "stories" ADD CONSTRAINT "FK_5483f545dff82ef34e7f9ab2adb" FOREIGN KEY ("epic_id") REFERENCES "epics"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "stories" ADD CONSTRAINT "FK_ea9dc8f5da884e7f16cab6470c6" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "tasks" ADD CONSTRAINT "FK_9eecdb5b1ed8c7c2a1b392c28d4" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "tasks" ADD CONSTRAINT "FK_09f7a7489a681a1c7d190462d0f" FOREIGN KEY ("story_id") REFERENCES "stories"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "tasks" ADD CONSTRAINT "FK_855d484825b715c545349212c7f" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "organization_members" ADD CONSTRAINT "FK_7062a4fbd9bab22ffd918e5d3d9" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "organization_members" ADD CONSTRAINT "FK_89bde91f78d36ca41e9515d91c6" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "organization_members" ADD CONSTRAINT "FK_11577dd3dc5d9913a3a91d85be9" FOREIGN KEY ("invited_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "organization_invitations" ADD CONSTRAINT "FK_7f88954e8d667a76ae3ced6f446" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "organization_invitations" ADD CONSTRAINT "FK_33ee2cee4ab1f06b6b85d713967" FOREIGN KEY ("invitee_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "organization_invitations" ADD CONSTRAINT "FK_f2adb477aa41340163bac901751" FOREIGN KEY ("invited_by_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "refresh_tokens" ADD CONSTRAINT "FK_3ddc983c5f7bcf132fd8732c3f4" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "refresh_tokens" DROP CONSTRAINT "FK_3ddc983c5f7bcf132fd8732c3f4"`);
        await queryRunner.query(`ALTER TABLE "organization_invitations" DROP CONSTRAINT "FK_f2adb477aa41340163bac901751"`);
        await queryRunner.query(`ALTER TABLE "organization_invitations" DROP CONSTRAINT "FK_33ee2cee4ab1f06b6b85d713967"`);
        await queryRunner.query(`ALTER TABLE "organization_invitations" DROP CONSTRAINT "FK_7f88954e8d667a76ae3ced6f446"`);
        await queryRunner.query(`ALTER TABLE "organization_members" DROP CONSTRAINT "FK_11577dd3dc5d9913a3a91d85be9"`);
        await queryRunner.query(`ALTER TABLE "organization_members" DROP CONSTRAINT "FK_89bde91f78d36ca41e9515d91c6"`);
        await queryRunner.query(`ALTER TABLE "organization_members" DROP CONSTRAINT "FK_7062a4fbd9bab22ffd918e5d3d9"`);
        await queryRunner.query(`ALTER TABLE "tasks" DROP CONSTRAINT "FK_855d484825b715c545349212c7f"`);
        await queryRunner.query(`ALTER TABLE "tasks" DROP CONSTRAINT "FK_09f7a7489a681a1c7d190462d0f"`);
        await queryRunner.query(`ALTER TABLE "tasks" DROP CONSTRAINT "FK_9eecdb5b1ed8c7c2a1b392c28d4"`);
        await queryRunner.query(`ALTER TABLE "stories" DROP CONSTRAINT "FK_ea9dc8f5da884e7f16cab6470c6"`);
        await queryRunner.query(`ALTER TABLE "stories" DROP CONSTRAINT "FK_5483f545dff82ef34e7f9ab2adb"`);
        await queryRunner.query(`ALTER TABLE "epics" DROP CONSTRAINT "FK_dc579be47613cc4f616845d0bff"`);
        await queryRunner.query(`ALTER TABLE "projects" DROP CONSTRAINT "FK_b1bd2fbf5d0ef67319c91acb5cf"`);
        await queryRunner.query(`ALTER TABLE "projects" DROP CONSTRAINT "FK_585c8ce06628c70b70100bfb842"`);
        await queryRunner.query(`ALTER TABLE "organizations" DROP CONSTRAINT "FK_e08c0b40ce104f44edf060126fe"`);
        await queryRunner.query(`DROP INDEX "public"."uq_refresh_tokens_hash"`);
        await queryRunner.query(`DROP INDEX "public"."ix_refresh_tokens_family"`);
        await queryRunner.query(`DROP INDEX "public"."ix_refresh_tokens_user"`);
        await queryRunner.query(`DROP TABLE "refresh_tokens"`);
        await queryRunner.query(`DROP INDEX "public"."uq_organization_invitations_pending"`);
        await queryRunner.query(`DROP INDEX "public"."ix_organization_invitations_invitee"`);
        await queryRunner.query(`DROP TABLE "organization_invitations"`);
        await queryRunner.query(`DROP TYPE "public"."invitation_status"`);
        await queryRunner.query(`DROP INDEX "public"."uq_organization_members_org_user"`);
        await queryRunner.query(`DROP INDEX "public"."ix_organization_members_user"`);
        await queryRunner.query(`DROP TABLE "organization_members"`);
        await queryRunner.query(`DROP TYPE "public"."organization_role"`);
        await queryRunner.query(`DROP INDEX "public"."ix_tasks_project_created"`);
        await queryRunner.query(`DROP INDEX "public"."ix_tasks_project_status"`);
        await queryRunner.query(`DROP INDEX "public"."ix_tasks_assignee_status"`);
        await queryRunner.query(`DROP INDEX "public"."ix_tasks_claimable"`);
        await queryRunner.query(`DROP INDEX "public"."ix_tasks_story"`);
        await queryRunner.query(`DROP TABLE "tasks"`);
        await queryRunner.query(`DROP TYPE "public"."risk_level"`);
        await queryRunner.query(`DROP TYPE "public"."task_status"`);
        await queryRunner.query(`DROP INDEX "public"."ix_stories_epic_order"`);
        await queryRunner.query(`DROP INDEX "public"."ix_stories_project"`);
        await queryRunner.query(`DROP TABLE "stories"`);
        await queryRunner.query(`DROP INDEX "public"."ix_epics_project_order"`);
        await queryRunner.query(`DROP TABLE "epics"`);
        await queryRunner.query(`DROP INDEX "public"."ix_projects_organization_created"`);
        await queryRunner.query(`DROP TABLE "projects"`);
        await queryRunner.query(`DROP INDEX "public"."uq_organizations_owner"`);
        await queryRunner.query(`DROP TABLE "organizations"`);
        await queryRunner.query(`DROP INDEX "public"."uq_users_email_lower"`);
        await queryRunner.query(`DROP INDEX "public"."uq_users_username"`);
        await queryRunner.query(`DROP TABLE "users"`);
    }

}
