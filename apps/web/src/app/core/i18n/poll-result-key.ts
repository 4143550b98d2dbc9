import { MajorityBase } from '@cocrea/contracts';

/** What a closed poll's wording depends on: the room's poll state and the portal's public poll both carry it. */
export interface ClosedResult {
  passed: boolean;
  unanimous: boolean;
  reason: string;
  base: MajorityBase;
}

/**
 * The translation key of a closed poll's outcome. A passed result states its base ("por unanimidad de los votos
 * emitidos: 2 de 28 derechos"), as the domain's `resultWording` does for the record; the key takes `cast` and `rights`.
 */
export function pollResultKey(result: ClosedResult | null): string {
  if (!result) return 'voting.result.none';
  if (!result.passed)
    return result.reason === 'tie'
      ? 'voting.result.tie'
      : result.reason === 'no_quorum'
        ? 'voting.result.noQuorum'
        : 'voting.result.rejected';
  return `voting.result.${result.unanimous ? 'unanimous' : 'majority'}_${result.base}`;
}
