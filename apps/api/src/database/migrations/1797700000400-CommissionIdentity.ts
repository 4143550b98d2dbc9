import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Several commissions in one installation: each has its own acronym, the prefix of its agreement numbers (unique,
 * so a number names one agreement across the installation) and the legal basis its votes cite. Existing commissions
 * keep the prefix their numbers already carry: the initials of the capitalised words of their name.
 */
export class CommissionIdentity1797700000400 implements MigrationInterface {
  name = 'CommissionIdentity1797700000400';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "commissions" ADD "acronym" character varying(20)`);
    await queryRunner.query(`ALTER TABLE "commissions" ADD "agreement_prefix" character varying(20)`);
    await queryRunner.query(`ALTER TABLE "commissions" ADD "legal_basis" character varying(500)`);
    const rows: { id: string; name: string }[] = await queryRunner.query(`SELECT id, name FROM "commissions" ORDER BY created_at, id`);
    const taken = new Set<string>();
    for (const row of rows) {
      const initials =
        row.name
          .split(/\s+/)
          .filter((word) => /^\p{Lu}/u.test(word))
          .map((word) => word[0])
          .join('') || 'ACU';
      let prefix = initials.slice(0, 20);
      for (let n = 2; taken.has(prefix); n++) prefix = `${initials.slice(0, 18)}${n}`;
      taken.add(prefix);
      await queryRunner.query(`UPDATE "commissions" SET acronym = $1, agreement_prefix = $1 WHERE id = $2`, [prefix, row.id]);
    }
    await queryRunner.query(`ALTER TABLE "commissions" ALTER COLUMN "acronym" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "commissions" ALTER COLUMN "agreement_prefix" SET NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "commissions_acronym_key" ON "commissions" ("acronym")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "commissions_agreement_prefix_key" ON "commissions" ("agreement_prefix")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "commissions_agreement_prefix_key"`);
    await queryRunner.query(`DROP INDEX "commissions_acronym_key"`);
    for (const column of ['legal_basis', 'agreement_prefix', 'acronym']) {
      await queryRunner.query(`ALTER TABLE "commissions" DROP COLUMN "${column}"`);
    }
  }
}
