import { Module, OnModuleInit } from '@nestjs/common';
import { AuthModule } from '../auth';
import { MeetingsModule, provideClosedPollFacts } from '../meetings';
import { NotificationsModule } from '../notifications';
import { BallotBatcher } from './ballot-batcher';
import { BallotsGateway } from './ballots.gateway';
import { BallotsService } from './ballots.service';
import { minutesPollFacts } from './closed-poll-facts';
import { PollCommands } from './poll-commands';
import { PollOutcomes } from './poll-outcomes';
import { PollPublisher } from './poll-publisher';
import { PollRejoin } from './poll-rejoin';
import { PollSnapshots } from './poll-snapshots';
import { PollStateCache } from './poll-state-cache';
import { PollsController } from './polls.controller';
import { PollsService } from './polls.service';
import { PublicPollsController } from './public-polls.controller';
import { VerifyService } from './verify.service';

@Module({
  imports: [AuthModule, MeetingsModule, NotificationsModule],
  controllers: [PollsController, PublicPollsController],
  providers: [
    PollSnapshots,
    PollStateCache,
    BallotBatcher,
    PollCommands,
    PollPublisher,
    PollRejoin,
    PollOutcomes,
    PollsService,
    BallotsService,
    BallotsGateway,
    VerifyService,
  ],
  exports: [PollsService, PollOutcomes],
})
export class VotingModule implements OnModuleInit {
  /** The minutes read named votes and poll scopes through these facts (meetings/closed-poll-facts.ts). */
  onModuleInit(): void {
    provideClosedPollFacts(minutesPollFacts);
  }
}
