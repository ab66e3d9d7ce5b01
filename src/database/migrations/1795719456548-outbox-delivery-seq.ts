import { MigrationInterface, QueryRunner } from "typeorm";

// delivery_seq: the order in which the dispatcher delivered the rows (assigned under its drain lock),
// used as the `event_id` and the GET /events cursor. Ids are assigned at insert but rows become visible
// at commit, so ids are not a safe resume cursor. Rows delivered before this migration keep their id as
// their sequence, and the sequence starts above every id, so cursors already held by clients stay valid.
export class OutboxDeliverySeq1795719456548 implements MigrationInterface {
    name = 'OutboxDeliverySeq1795719456548'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE SEQUENCE "outbox_events_delivery_seq" AS bigint`);
        await queryRunner.query(`ALTER TABLE "outbox_events" ADD "delivery_seq" bigint`);
        await queryRunner.query(`UPDATE "outbox_events" SET "delivery_seq" = "id" WHERE "delivered_at" IS NOT NULL`);
        await queryRunner.query(`SELECT setval('outbox_events_delivery_seq', COALESCE((SELECT max(id) FROM outbox_events), 0) + 1, false)`);
        await queryRunner.query(`CREATE UNIQUE INDEX "ix_outbox_events_delivery_seq" ON "outbox_events" ("delivery_seq") WHERE delivery_seq IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "ix_outbox_events_room_delivery_seq" ON "outbox_events" ("room", "delivery_seq") WHERE delivery_seq IS NOT NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_outbox_events_room_delivery_seq"`);
        await queryRunner.query(`DROP INDEX "public"."ix_outbox_events_delivery_seq"`);
        await queryRunner.query(`ALTER TABLE "outbox_events" DROP COLUMN "delivery_seq"`);
        await queryRunner.query(`DROP SEQUENCE "outbox_events_delivery_seq"`);
    }

}
