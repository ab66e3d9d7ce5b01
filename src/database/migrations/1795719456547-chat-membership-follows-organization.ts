import { MigrationInterface, QueryRunner } from "typeorm";

// Hand-written: a member removed from an organization loses their channel memberships in that
// organization's channels, in the same transaction as the removal (the organizations module does not
// know about chat). Statement-level with a transition table, so a bulk removal runs one DELETE.
export class ChatMembershipFollowsOrganization1795719456547 implements MigrationInterface {
    name = 'ChatMembershipFollowsOrganization1795719456547'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE FUNCTION chat_membership_follows_organization() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            DELETE FROM chat_channel_members cm
             USING chat_channels c, removed r
             WHERE c.id = cm.channel_id AND c.organization_id = r.organization_id AND cm.user_id = r.user_id;
            RETURN NULL;
        END $$`);
        await queryRunner.query(`CREATE TRIGGER chat_membership_follows_organization AFTER DELETE ON organization_members
            REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION chat_membership_follows_organization()`);
        // Memberships already orphaned by earlier removals.
        await queryRunner.query(`DELETE FROM chat_channel_members cm USING chat_channels c
            WHERE c.id = cm.channel_id AND NOT EXISTS (
                SELECT 1 FROM organization_members m WHERE m.organization_id = c.organization_id AND m.user_id = cm.user_id)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER chat_membership_follows_organization ON organization_members`);
        await queryRunner.query(`DROP FUNCTION chat_membership_follows_organization()`);
    }

}
