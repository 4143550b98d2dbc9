import { PollStatus } from '@cocrea/contracts';
import { AppException, notFound } from '../common/problem';

export const pollNotFound = () => notFound('una votación', 'poll');

const STATUS_NAMES: Record<PollStatus, { es: string; en: string }> = {
  draft: { es: 'en preparación', en: 'a draft' },
  open: { es: 'abierta', en: 'open' },
  closed: { es: 'cerrada', en: 'closed' },
};

/** 409 with the poll's state and what cannot happen in it, in both languages. */
export function pollWrongStatus(status: PollStatus, es: string, en: string): AppException {
  return new AppException('poll_wrong_status', {
    'status.es': STATUS_NAMES[status].es,
    'status.en': STATUS_NAMES[status].en,
    'action.es': es,
    'action.en': en,
  });
}
