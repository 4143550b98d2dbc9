import { Injectable } from '@nestjs/common';

/** What keeps the sign-ins (the auth domain's AuthService), as the domains that change an account call it. */
export interface SignInKeeper {
  /** The person's details or roles changed: their next request checks the database again. */
  forgetSignIns(personId: string): void;
  /** Ends every login of the person, and with them their live sockets. */
  endSessionsOf(personId: string): Promise<void>;
}

/**
 * Where the domains that change what a sign-in carries (people: details and password; commissions: roles) tell the
 * domain that keeps sign-ins. Auth reads people and their memberships to sign someone in, so it sits above them and
 * they cannot import it: it registers here as it starts. Without it (no auth module) there is no sign-in to change.
 */
@Injectable()
export class AccountChanges {
  private keeper: SignInKeeper | null = null;

  keptBy(keeper: SignInKeeper): void {
    this.keeper = keeper;
  }

  forgetSignIns(personId: string): void {
    this.keeper?.forgetSignIns(personId);
  }

  async endSessionsOf(personId: string): Promise<void> {
    await this.keeper?.endSessionsOf(personId);
  }
}
