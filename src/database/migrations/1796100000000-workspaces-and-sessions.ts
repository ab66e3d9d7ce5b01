import { MigrationInterface, QueryRunner } from "typeorm";

// Hand-written.
// - organization_members.default_since: set when a member accepts an invitation or chooses the organization
//   as their default; the membership with the latest one is the default (deleted with the membership).
// - Invitations belong to an email rather than an account, so an address without an account can be invited
//   and whoever registers with it later finds them; they expire (expires_at), and may be declined or revoked.
//   Rows from before get the default lifetime of 7 days from their creation.
// - users.session_version: access tokens carry the version they were issued under; revoking every session
//   (password change, logout-all) increments it, so every earlier token is refused at once.
export class WorkspacesAndSessions1796100000000 implements MigrationInterface {
    name = 'WorkspacesAndSessions1796100000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "organization_members" ADD "default_since" TIMESTAMP(3) WITH TIME ZONE`);

        await queryRunner.query(`ALTER TYPE "public"."invitation_status" ADD VALUE 'declined'`);
        await queryRunner.query(`ALTER TYPE "public"."invitation_status" ADD VALUE 'revoked'`);
        await queryRunner.query(`ALTER TYPE "public"."invitation_status" ADD VALUE 'expired'`);
        await queryRunner.query(`ALTER TABLE "organization_invitations" ADD "expires_at" TIMESTAMP(3) WITH TIME ZONE`);
        await queryRunner.query(`UPDATE "organization_invitations" SET "expires_at" = "created_at" + interval '7 days'`);
        await queryRunner.query(`ALTER TABLE "organization_invitations" ALTER COLUMN "expires_at" SET NOT NULL`);
        await queryRunner.query(`ALTER TABLE "organization_invitations" ADD "closed_at" TIMESTAMP(3) WITH TIME ZONE`);
        await queryRunner.query(`UPDATE "organization_invitations" SET "closed_at" = "accepted_at"`);
        await queryRunner.query(`ALTER TABLE "organization_invitations" DROP COLUMN "accepted_at"`);
        await queryRunner.query(`DROP INDEX "public"."uq_organization_invitations_pending"`);
        await queryRunner.query(`DROP INDEX "public"."ix_organization_invitations_invitee"`);
        await queryRunner.query(`ALTER TABLE "organization_invitations" DROP CONSTRAINT "FK_33ee2cee4ab1f06b6b85d713967"`);
        await queryRunner.query(`ALTER TABLE "organization_invitations" DROP COLUMN "invitee_id"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_organization_invitations_pending" ON "organization_invitations" ("organization_id", lower("email")) WHERE status = 'pending'`);
        await queryRunner.query(`CREATE INDEX "ix_organization_invitations_email_pending" ON "organization_invitations" (lower("email"), "created_at", "id") WHERE status = 'pending'`);
        await queryRunner.query(`CREATE INDEX "ix_organization_invitations_org_created" ON "organization_invitations" ("organization_id", "created_at", "id")`);

        await queryRunner.query(`ALTER TABLE "users" ADD "session_version" integer NOT NULL DEFAULT 0`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "session_version"`);

        await queryRunner.query(`DROP INDEX "public"."ix_organization_invitations_org_created"`);
        await queryRunner.query(`DROP INDEX "public"."ix_organization_invitations_email_pending"`);
        await queryRunner.query(`DROP INDEX "public"."uq_organization_invitations_pending"`);
        // Invitations of addresses without an account cannot be kept by the old schema.
        await queryRunner.query(`DELETE FROM "organization_invitations" i WHERE NOT EXISTS (SELECT 1 FROM users u WHERE lower(u.email) = lower(i.email))`);
        await queryRunner.query(`DELETE FROM "organization_invitations" WHERE status NOT IN ('pending', 'accepted')`);
        await queryRunner.query(`ALTER TABLE "organization_invitations" ADD "invitee_id" integer`);
        await queryRunner.query(`UPDATE "organization_invitations" i SET "invitee_id" = u.id FROM users u WHERE lower(u.email) = lower(i.email)`);
        await queryRunner.query(`ALTER TABLE "organization_invitations" ALTER COLUMN "invitee_id" SET NOT NULL`);
        await queryRunner.query(`ALTER TABLE "organization_invitations" ADD CONSTRAINT "FK_33ee2cee4ab1f06b6b85d713967" FOREIGN KEY ("invitee_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`CREATE INDEX "ix_organization_invitations_invitee" ON "organization_invitations" ("invitee_id") `);
        await queryRunner.query(`ALTER TABLE "organization_invitations" ADD "accepted_at" TIMESTAMP(3) WITH TIME ZONE`);
        await queryRunner.query(`UPDATE "organization_invitations" SET "accepted_at" = "closed_at" WHERE status = 'accepted'`);
        await queryRunner.query(`ALTER TABLE "organization_invitations" DROP COLUMN "closed_at"`);
        await queryRunner.query(`ALTER TABLE "organization_invitations" DROP COLUMN "expires_at"`);
        await queryRunner.query(`ALTER TYPE "public"."invitation_status" RENAME TO "invitation_status_old"`);
        await queryRunner.query(`CREATE TYPE "public"."invitation_status" AS ENUM('pending', 'accepted')`);
        await queryRunner.query(`ALTER TABLE "organization_invitations" ALTER COLUMN "status" DROP DEFAULT`);
        await queryRunner.query(`ALTER TABLE "organization_invitations" ALTER COLUMN "status" TYPE "public"."invitation_status" USING "status"::text::"public"."invitation_status"`);
        await queryRunner.query(`ALTER TABLE "organization_invitations" ALTER COLUMN "status" SET DEFAULT 'pending'`);
        await queryRunner.query(`DROP TYPE "public"."invitation_status_old"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_organization_invitations_pending" ON "organization_invitations" ("organization_id", "invitee_id") WHERE status = 'pending'`);

        await queryRunner.query(`ALTER TABLE "organization_members" DROP COLUMN "default_since"`);
    }

}
