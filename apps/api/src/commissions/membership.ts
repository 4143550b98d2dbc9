/** A membership counts until the end of its `until` day (dates are calendar days in Mexico City time). */
export function isActiveMembership(membership: { until: string | null }, today = new Date().toISOString().slice(0, 10)): boolean {
  return membership.until === null || membership.until >= today;
}
