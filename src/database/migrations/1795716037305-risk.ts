import { MigrationInterface, QueryRunner } from "typeorm";

export class Risk1795716037305 implements MigrationInterface {
    name = 'Risk1795716037305'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "risk_scan_runs" ("id" SERIAL NOT NULL, "trigger" character varying(20) NOT NULL, "project_id" uuid, "started_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "finished_at" TIMESTAMP(3) WITH TIME ZONE, "tasks_scanned" integer NOT NULL DEFAULT '0', "tasks_changed" integer NOT NULL DEFAULT '0', "notifications_sent" integer NOT NULL DEFAULT '0', "skipped" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_3d05a09d9676ed2043db9f3a421" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_risk_scan_runs_started" ON "risk_scan_runs" ("started_at") `);
        await queryRunner.query(`CREATE TABLE "risk_alerts" ("task_id" uuid NOT NULL, "last_alert_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_e352a55c68d414acb0f1dc3bca8" PRIMARY KEY ("task_id"))`);
        await queryRunner.query(`ALTER TABLE "risk_alerts" ADD CONSTRAINT "FK_e352a55c68d414acb0f1dc3bca8" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "risk_alerts" DROP CONSTRAINT "FK_e352a55c68d414acb0f1dc3bca8"`);
        await queryRunner.query(`DROP TABLE "risk_alerts"`);
        await queryRunner.query(`DROP INDEX "public"."ix_risk_scan_runs_started"`);
        await queryRunner.query(`DROP TABLE "risk_scan_runs"`);
    }

}
