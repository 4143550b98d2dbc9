import { MexicanState } from '@cocrea/contracts';

/** The parts of `demo-commission.json` (the 2021-02-15 session record) that the loader reads. */
export interface DemoRecord {
  commission: {
    name: string;
    system: string;
    chair_title: string;
    secretary_title: string;
    rules: Record<string, string | number>;
  };
  people: {
    chair: { name: string; body: string };
    secretary: { name: string; body: string };
    roll_call: Array<{ name: string; state: MexicanState | null; answered: boolean; represented_by?: string; note?: string }>;
    national_body_members: Array<{ name: string; body: string; note?: string }>;
    left_the_commission: Array<{ name: string; body: MexicanState; date: string }>;
    external_participants: Array<{ name: string | null; organization: string; role: string }>;
  };
}
