import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { PeopleModule } from '../people';
import { SeedService } from './seed.service';

@Module({ imports: [AuthModule, PeopleModule, MeetingsModule], providers: [SeedService], exports: [SeedService] })
export class SeedModule {}
