import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { ZodValidationPipe } from 'nestjs-zod';
import { AccountsModule } from './accounts/accounts.module';
import { AttachmentsModule } from './attachments/attachments.module';
import { ChallengesModule } from './challenges/challenges.module';
import { AuthModule } from './auth/auth.module';
import { CommissionsModule } from './commissions/commissions.module';
import { DeliverablesModule } from './deliverables/deliverables.module';
import { DocumentsModule } from './documents/documents.module';
import { GroupsModule } from './groups/groups.module';
import { Clock, SystemClock } from './common/clock';
import { httpLoggerParams } from './common/logging/http-logger';
import { ProblemFilter } from './common/problem';
import { APP_CONFIG, AppConfig } from './config/config';
import { DATABASE_ENGINE } from './database/database-engine';
import { DatabaseTarget, dataSourceOptions } from './database/data-source-options';
import { EMBEDDED_POOL_SIZE } from './database/embedded-postgres';
import { HomeModule } from './home/home.module';
import { HealthModule } from './health/health.module';
import { MeetingsModule } from './meetings/meetings.module';
import { MetricsModule } from './metrics/metrics.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { PeopleModule } from './people/people.module';
import { RateLimitModule } from './rate-limit/rate-limit.module';
import { PublicModule } from './public/public.module';
import { SeedModule } from './seed/seed.module';
import { VotingModule } from './voting/voting.module';
import { AgreementsModule } from './agreements/agreements.module';

@Module({})
export class AppModule {
  static forRoot(
    config: AppConfig,
    database: DatabaseTarget,
    logDestination?: DestinationStream,
    clock: Clock = new SystemClock(),
  ): DynamicModule {
    const engine = 'url' in database ? 'postgres' : 'pglite';
    return {
      module: AppModule,
      global: true,
      imports: [
        LoggerModule.forRoot({
          ...httpLoggerParams(config, logDestination),
          // Express 5 path syntax; the default '*' triggers Nest's legacy-route warning.
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          // The public reads are the hot path (anyone, many times a second): no request logger for them.
          exclude: [{ path: 'public/{*path}', method: RequestMethod.GET }],
        }),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(database, engine === 'pglite' ? EMBEDDED_POOL_SIZE : 20),
          // The embedded database is in-process: if it did not start, retrying cannot help.
          retryAttempts: engine === 'pglite' ? 0 : 10,
        }),
        RateLimitModule,
        AuthModule,
        AccountsModule,
        OrganizationsModule,
        PeopleModule,
        CommissionsModule,
        NotificationsModule,
        MeetingsModule,
        GroupsModule,
        VotingModule,
        AgreementsModule,
        DeliverablesModule,
        ChallengesModule,
        DocumentsModule,
        AttachmentsModule,
        PublicModule,
        HomeModule,
        HealthModule,
        MetricsModule,
        SeedModule,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: Clock, useValue: clock },
        { provide: DATABASE_ENGINE, useValue: engine },
        { provide: APP_PIPE, useClass: ZodValidationPipe },
        { provide: APP_FILTER, useClass: ProblemFilter },
      ],
      exports: [APP_CONFIG, DATABASE_ENGINE, Clock],
    };
  }
}
