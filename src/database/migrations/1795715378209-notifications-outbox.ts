import { MigrationInterface, QueryRunner } from "typeorm";

const COUNTER_TRIGGERS_UP = [
    `CREATE FUNCTION notification_counters_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO notification_counters AS c (user_id, total, unread)
        SELECT user_id, count(*), count(*) FILTER (WHERE NOT read) FROM new_rows GROUP BY user_id
        ON CONFLICT (user_id) DO UPDATE SET total = c.total + excluded.total, unread = c.unread + excluded.unread;
        RETURN NULL;
    END $$`,
    `CREATE FUNCTION notification_counters_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE notification_counters c SET total = c.total + d.total, unread = c.unread + d.unread
        FROM (
            SELECT user_id, sum(total) AS total, sum(unread) AS unread FROM (
                SELECT user_id, 1 AS total, CASE WHEN read THEN 0 ELSE 1 END AS unread FROM new_rows
                UNION ALL
                SELECT user_id, -1, CASE WHEN read THEN 0 ELSE -1 END FROM old_rows
            ) changes GROUP BY user_id
        ) d
        WHERE c.user_id = d.user_id AND (d.total <> 0 OR d.unread <> 0);
        RETURN NULL;
    END $$`,
    `CREATE FUNCTION notification_counters_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE notification_counters c SET total = c.total - d.total, unread = c.unread - d.unread
        FROM (SELECT user_id, count(*) AS total, count(*) FILTER (WHERE NOT read) AS unread FROM old_rows GROUP BY user_id) d
        WHERE c.user_id = d.user_id;
        RETURN NULL;
    END $$`,
    `CREATE TRIGGER notification_counters_insert AFTER INSERT ON notifications
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notification_counters_after_insert()`,
    `CREATE TRIGGER notification_counters_update AFTER UPDATE ON notifications
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notification_counters_after_update()`,
    `CREATE TRIGGER notification_counters_delete AFTER DELETE ON notifications
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION notification_counters_after_delete()`,
];

const COUNTER_TRIGGERS_DOWN = [
    `DROP TRIGGER notification_counters_delete ON notifications`,
    `DROP TRIGGER notification_counters_update ON notifications`,
    `DROP TRIGGER notification_counters_insert ON notifications`,
    `DROP FUNCTION notification_counters_after_delete()`,
    `DROP FUNCTION notification_counters_after_update()`,
    `DROP FUNCTION notification_counters_after_insert()`,
];

export class NotificationsOutbox1795715378209 implements MigrationInterface {
    name = 'NotificationsOutbox1795715378209'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "outbox_events" ("id" BIGSERIAL NOT NULL, "room" character varying(120) NOT NULL, "event" character varying(50) NOT NULL, "payload" jsonb NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "delivered_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_6689a16c00d09b8089f6237f1d2" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_outbox_events_pending" ON "outbox_events" ("id") WHERE delivered_at IS NULL`);
        await queryRunner.query(`CREATE TYPE "public"."notification_type" AS ENUM('task_assigned', 'task_at_risk', 'new_issue', 'issue_assigned', 'issue_resolved', 'org_invitation', 'mention')`);
        await queryRunner.query(`CREATE TABLE "notifications" ("id" SERIAL NOT NULL, "user_id" integer NOT NULL, "type" "public"."notification_type" NOT NULL, "title" character varying(200) NOT NULL, "message" character varying(1000) NOT NULL, "link" character varying(500), "read" boolean NOT NULL DEFAULT false, "read_at" TIMESTAMP(3) WITH TIME ZONE, "dedup_key" character varying(200), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_notifications_read_at" CHECK ((read_at IS NOT NULL) = read), CONSTRAINT "ck_notifications_message" CHECK (char_length(message) >= 1), CONSTRAINT "ck_notifications_title" CHECK (char_length(title) >= 1), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_notifications_user_dedup" ON "notifications" ("user_id", "dedup_key") WHERE dedup_key IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "ix_notifications_user_unread" ON "notifications" ("user_id", "created_at", "id") WHERE NOT read`);
        await queryRunner.query(`CREATE INDEX "ix_notifications_user_created" ON "notifications" ("user_id", "created_at", "id") `);
        await queryRunner.query(`CREATE TABLE "notification_counters" ("user_id" integer NOT NULL, "total" integer NOT NULL DEFAULT '0', "unread" integer NOT NULL DEFAULT '0', CONSTRAINT "ck_notification_counters_range" CHECK (unread >= 0 AND unread <= total), CONSTRAINT "PK_516a4a359b1f1e6a7e16cbe76a5" PRIMARY KEY ("user_id"))`);
        await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_9a8a82462cab47c73d25f49261f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "notification_counters" ADD CONSTRAINT "FK_516a4a359b1f1e6a7e16cbe76a5" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        // Hand-written: per-user counters kept by statement-level triggers, set-based through transition
        // tables, so one INSERT ... SELECT of a million rows updates each counter once.
        for (const sql of COUNTER_TRIGGERS_UP) await queryRunner.query(sql);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const sql of COUNTER_TRIGGERS_DOWN) await queryRunner.query(sql);
        await queryRunner.query(`ALTER TABLE "notification_counters" DROP CONSTRAINT "FK_516a4a359b1f1e6a7e16cbe76a5"`);
        await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_9a8a82462cab47c73d25f49261f"`);
        await queryRunner.query(`DROP TABLE "notification_counters"`);
        await queryRunner.query(`DROP INDEX "public"."ix_notifications_user_created"`);
        await queryRunner.query(`DROP INDEX "public"."ix_notifications_user_unread"`);
        await queryRunner.query(`DROP INDEX "public"."uq_notifications_user_dedup"`);
        await queryRunner.query(`DROP TABLE "notifications"`);
        await queryRunner.query(`DROP TYPE "public"."notification_type"`);
        await queryRunner.query(`DROP INDEX "public"."ix_outbox_events_pending"`);
        await queryRunner.query(`DROP TABLE "outbox_events"`);
    }

}
