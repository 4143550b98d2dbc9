import { CHALLENGE_PHASES, ChallengePhase } from '@cocrea/contracts';
import { COMMISSION_TIME_ZONE } from '@cocrea/domain';

/**
 * Phase dates as the forms hold them: Mexico City wall time, `YYYY-MM-DDTHH:mm` (what `ccMexicanDate withTime` reads
 * and writes, and `mexicoCityIso` sends), from an instant the api gave.
 */
export function mexicoCityLocal(instant: Date | string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: COMMISSION_TIME_ZONE,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  return `${parts['year']}-${parts['month']}-${parts['day']}T${parts['hour']}:${parts['minute']}`;
}

const DAY = 86_400_000;
/** A month of ideas, as the Multi City Challenge had, then the usual length of each later phase, in days. */
const SUGGESTED_DAYS: Record<ChallengePhase, number> = {
  ideas: 30,
  filtering: 7,
  vote: 14,
  feasibility: 14,
  jury: 14,
  winners: 7,
  pilots: 180,
};

/** The calendar a new challenge starts from: ideas open from this minute, each phase opening as the previous closes. */
export function suggestedCalendar(now: Date): Array<{ phase: ChallengePhase; opensAt: string; closesAt: string }> {
  let opens = Math.floor(now.getTime() / 60_000) * 60_000;
  return CHALLENGE_PHASES.map((phase) => {
    const closes = opens + SUGGESTED_DAYS[phase] * DAY;
    const window = { phase, opensAt: mexicoCityLocal(new Date(opens)), closesAt: mexicoCityLocal(new Date(closes)) };
    opens = closes;
    return window;
  });
}
