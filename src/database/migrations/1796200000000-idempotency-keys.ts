import { MigrationInterface, QueryRunner } from "typeorm";

// Responses of requests sent with Idempotency-Key, per user, written in the transaction of the change
// they guard. `fingerprint` is a SHA-256 of method, route and body. Rows older than IDEMPOTENCY_TTL_HOURS
// are swept by created_at.
export class IdempotencyKeys1796200000000 implements MigrationInterface {
    name = 'IdempotencyKeys1796200000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "idempotency_keys" (
            "user_id" integer NOT NULL,
            "key" character varying(255) NOT NULL,
            "fingerprint" character(64) NOT NULL,
            "response_status" smallint NOT NULL,
            "response_body" json,
            "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
            CONSTRAINT "pk_idempotency_keys" PRIMARY KEY ("user_id", "key"),
            CONSTRAINT "fk_idempotency_keys_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE
        )`);
        await queryRunner.query(`CREATE INDEX "ix_idempotency_keys_created_at" ON "idempotency_keys" ("created_at")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "idempotency_keys"`);
    }
}
