import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795613528536 implements MigrationInterface {
  name = 'Initial1795613528536';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "short_name" character varying(40), "kind" character varying(20) NOT NULL, "state" character varying(40), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "organizations_kind_check" CHECK (kind IN ('guarantor', 'national_body', 'civil_society', 'academia', 'government')), CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "organizations_name_key" ON "organizations"  ("name") `);
    await queryRunner.query(`CREATE INDEX "organizations_state_idx" ON "organizations"  ("state") `);
    await queryRunner.query(
      `CREATE TABLE "people" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "email" character varying(254) NOT NULL, "password_hash" character varying(200), "title" character varying(200), "locale" character varying(8) NOT NULL DEFAULT 'es-MX', "platform_role" character varying(10) NOT NULL DEFAULT 'user', "organization_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "people_email_lower_check" CHECK (email = lower(email)), CONSTRAINT "people_platform_role_check" CHECK (platform_role IN ('admin', 'user')), CONSTRAINT "people_locale_check" CHECK (locale IN ('es-MX', 'en')), CONSTRAINT "PK_aa866e71353ee94c6cc51059c5b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "people_email_key" ON "people"  ("email") `);
    await queryRunner.query(`CREATE INDEX "people_organization_idx" ON "people"  ("organization_id") `);
    await queryRunner.query(
      `CREATE TABLE "auth_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "person_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_641507381f32580e8479efc36cd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "auth_sessions_token_hash_key" ON "auth_sessions"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "auth_sessions_person_idx" ON "auth_sessions"  ("person_id") `);
    await queryRunner.query(
      `CREATE TABLE "commissions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(300) NOT NULL, "system" character varying(300) NOT NULL, "chair_title" character varying(100) NOT NULL, "secretary_title" character varying(100) NOT NULL, "quorum_fraction" double precision NOT NULL DEFAULT '0.5', "rules" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "commissions_quorum_fraction_check" CHECK (quorum_fraction >= 0 AND quorum_fraction < 1), CONSTRAINT "PK_2701379966e2e670bb5ff0ae78e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "commissions_name_key" ON "commissions"  ("name") `);
    await queryRunner.query(
      `CREATE TABLE "commission_members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "commission_id" uuid NOT NULL, "person_id" uuid NOT NULL, "role" character varying(20) NOT NULL, "votes" boolean NOT NULL DEFAULT true, "since" date, "until" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "commission_members_dates_check" CHECK (until IS NULL OR since IS NULL OR until >= since), CONSTRAINT "commission_members_role_check" CHECK (role IN ('chair', 'secretary', 'commissioner', 'observer')), CONSTRAINT "PK_9630144d8ef4c386ab6ec793cca" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "commission_members_person_idx" ON "commission_members"  ("person_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "commission_members_commission_person_key" ON "commission_members"  ("commission_id", "person_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "people" ADD CONSTRAINT "people_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "auth_sessions" ADD CONSTRAINT "auth_sessions_person_fk" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "commission_members" ADD CONSTRAINT "commission_members_commission_fk" FOREIGN KEY ("commission_id") REFERENCES "commissions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "commission_members" ADD CONSTRAINT "commission_members_person_fk" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "commission_members" DROP CONSTRAINT "commission_members_person_fk"`);
    await queryRunner.query(`ALTER TABLE "commission_members" DROP CONSTRAINT "commission_members_commission_fk"`);
    await queryRunner.query(`ALTER TABLE "auth_sessions" DROP CONSTRAINT "auth_sessions_person_fk"`);
    await queryRunner.query(`ALTER TABLE "people" DROP CONSTRAINT "people_organization_fk"`);
    await queryRunner.query(`DROP INDEX "public"."commission_members_commission_person_key"`);
    await queryRunner.query(`DROP INDEX "public"."commission_members_person_idx"`);
    await queryRunner.query(`DROP TABLE "commission_members"`);
    await queryRunner.query(`DROP INDEX "public"."commissions_name_key"`);
    await queryRunner.query(`DROP TABLE "commissions"`);
    await queryRunner.query(`DROP INDEX "public"."auth_sessions_person_idx"`);
    await queryRunner.query(`DROP INDEX "public"."auth_sessions_token_hash_key"`);
    await queryRunner.query(`DROP TABLE "auth_sessions"`);
    await queryRunner.query(`DROP INDEX "public"."people_organization_idx"`);
    await queryRunner.query(`DROP INDEX "public"."people_email_key"`);
    await queryRunner.query(`DROP TABLE "people"`);
    await queryRunner.query(`DROP INDEX "public"."organizations_state_idx"`);
    await queryRunner.query(`DROP INDEX "public"."organizations_name_key"`);
    await queryRunner.query(`DROP TABLE "organizations"`);
  }
}
