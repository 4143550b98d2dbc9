import type { Me } from '@cocrea/contracts';

export interface AuthenticatedUser {
  me: Me;
  sessionId: string;
}
