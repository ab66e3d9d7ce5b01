import { MigrationInterface, QueryRunner } from "typeorm";

// Hand-written: wakes the outbox dispatchers (LISTEN outbox_events) when rows commit. NOTIFY is sent at
// commit and never for a rolled-back transaction; one per statement, so a bulk insert notifies once.
const OUTBOX_NOTIFY_UP = [
    `CREATE FUNCTION outbox_events_notify() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM pg_notify('outbox_events', '');
        RETURN NULL;
    END $$`,
    `CREATE TRIGGER outbox_events_notify AFTER INSERT ON outbox_events
        FOR EACH STATEMENT EXECUTE FUNCTION outbox_events_notify()`,
];

const OUTBOX_NOTIFY_DOWN = [
    `DROP TRIGGER outbox_events_notify ON outbox_events`,
    `DROP FUNCTION outbox_events_notify()`,
];

export class ChatRealtime1795717410646 implements MigrationInterface {
    name = 'ChatRealtime1795717410646'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."chat_channel_type" AS ENUM('public', 'private')`);
        await queryRunner.query(`CREATE TABLE "chat_channels" ("id" SERIAL NOT NULL, "organization_id" uuid NOT NULL, "name" character varying(80) NOT NULL, "description" character varying(500), "channel_type" "public"."chat_channel_type" NOT NULL, "created_by_id" integer, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_chat_channels_name" CHECK (char_length(name) >= 1), CONSTRAINT "PK_efecd102855fb96e1428306ec6f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_chat_channels_created_by" ON "chat_channels" ("created_by_id") `);
        await queryRunner.query(`CREATE INDEX "ix_chat_channels_organization" ON "chat_channels" ("organization_id", "id") `);
        await queryRunner.query(`CREATE TABLE "chat_messages" ("id" SERIAL NOT NULL, "sender_id" integer NOT NULL, "channel_id" integer, "recipient_id" integer, "dm_pair" character varying(24), "content" character varying(4000) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_chat_messages_dm_pair" CHECK ((recipient_id IS NULL AND dm_pair IS NULL) OR dm_pair = LEAST(sender_id, recipient_id) || ':' || GREATEST(sender_id, recipient_id)), CONSTRAINT "ck_chat_messages_content" CHECK (char_length(content) >= 1), CONSTRAINT "ck_chat_messages_target" CHECK ((channel_id IS NULL) <> (recipient_id IS NULL)), CONSTRAINT "PK_40c55ee0e571e268b0d3cd37d10" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_chat_messages_recipient" ON "chat_messages" ("recipient_id") WHERE recipient_id IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "ix_chat_messages_sender" ON "chat_messages" ("sender_id") `);
        await queryRunner.query(`CREATE INDEX "ix_chat_messages_dm" ON "chat_messages" ("dm_pair", "created_at", "id") WHERE dm_pair IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "ix_chat_messages_channel" ON "chat_messages" ("channel_id", "created_at", "id") WHERE channel_id IS NOT NULL`);
        await queryRunner.query(`CREATE TABLE "chat_channel_members" ("channel_id" integer NOT NULL, "user_id" integer NOT NULL, "joined_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_922ce8594086f2f5c832187553f" PRIMARY KEY ("channel_id", "user_id"))`);
        await queryRunner.query(`CREATE INDEX "ix_chat_channel_members_user" ON "chat_channel_members" ("user_id", "channel_id") `);
        await queryRunner.query(`ALTER TABLE "chat_channels" ADD CONSTRAINT "FK_ee0510416222d3c1e3ac91708bd" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "chat_channels" ADD CONSTRAINT "FK_06d99f91323dcb208617c21ce3d" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "chat_messages" ADD CONSTRAINT "FK_9e5fc47ecb06d4d7b84633b1718" FOREIGN KEY ("sender_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "chat_messages" ADD CONSTRAINT "FK_31c45c915d0e437e80a63b17749" FOREIGN KEY ("channel_id") REFERENCES "chat_channels"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "chat_messages" ADD CONSTRAINT "FK_23e609627f9d3e48e61f35924aa" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "chat_channel_members" ADD CONSTRAINT "FK_a49d74c5d1884fc204ca26b509d" FOREIGN KEY ("channel_id") REFERENCES "chat_channels"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "chat_channel_members" ADD CONSTRAINT "FK_b77ccc33bc9d952c6df8302b2b0" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        for (const sql of OUTBOX_NOTIFY_UP) await queryRunner.query(sql);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const sql of OUTBOX_NOTIFY_DOWN) await queryRunner.query(sql);
        await queryRunner.query(`ALTER TABLE "chat_channel_members" DROP CONSTRAINT "FK_b77ccc33bc9d952c6df8302b2b0"`);
        await queryRunner.query(`ALTER TABLE "chat_channel_members" DROP CONSTRAINT "FK_a49d74c5d1884fc204ca26b509d"`);
        await queryRunner.query(`ALTER TABLE "chat_messages" DROP CONSTRAINT "FK_23e609627f9d3e48e61f35924aa"`);
        await queryRunner.query(`ALTER TABLE "chat_messages" DROP CONSTRAINT "FK_31c45c915d0e437e80a63b17749"`);
        await queryRunner.query(`ALTER TABLE "chat_messages" DROP CONSTRAINT "FK_9e5fc47ecb06d4d7b84633b1718"`);
        await queryRunner.query(`ALTER TABLE "chat_channels" DROP CONSTRAINT "FK_06d99f91323dcb208617c21ce3d"`);
        await queryRunner.query(`ALTER TABLE "chat_channels" DROP CONSTRAINT "FK_ee0510416222d3c1e3ac91708bd"`);
        await queryRunner.query(`DROP INDEX "public"."ix_chat_channel_members_user"`);
        await queryRunner.query(`DROP TABLE "chat_channel_members"`);
        await queryRunner.query(`DROP INDEX "public"."ix_chat_messages_channel"`);
        await queryRunner.query(`DROP INDEX "public"."ix_chat_messages_dm"`);
        await queryRunner.query(`DROP INDEX "public"."ix_chat_messages_sender"`);
        await queryRunner.query(`DROP INDEX "public"."ix_chat_messages_recipient"`);
        await queryRunner.query(`DROP TABLE "chat_messages"`);
        await queryRunner.query(`DROP INDEX "public"."ix_chat_channels_organization"`);
        await queryRunner.query(`DROP INDEX "public"."ix_chat_channels_created_by"`);
        await queryRunner.query(`DROP TABLE "chat_channels"`);
        await queryRunner.query(`DROP TYPE "public"."chat_channel_type"`);
    }

}
