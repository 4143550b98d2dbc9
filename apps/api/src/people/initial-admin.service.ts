import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PasswordHasher } from './password-hasher';
import { APP_CONFIG, AppConfig } from '../config/config';
import { PersonEntity } from './person.entity';

/**
 * Creates the platform admin named by ADMIN_EMAIL/ADMIN_PASSWORD if no one has that email yet, so a
 * real deployment (no demo data) has someone who can sign in. An existing account is left as it is.
 */
@Injectable()
export class InitialAdminService implements OnApplicationBootstrap {
  private readonly logger = new Logger(InitialAdminService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly hasher: PasswordHasher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const admin = this.config.initialAdmin;
    if (!admin) return;
    const result = await this.db
      .createQueryBuilder()
      .insert()
      .into(PersonEntity)
      .values({ name: 'Administración', email: admin.email, platformRole: 'admin', passwordHash: await this.hasher.hash(admin.password) })
      .orIgnore()
      .execute();
    if (result.identifiers.length > 0) this.logger.log(`Created the initial platform admin ${admin.email}`);
  }
}
