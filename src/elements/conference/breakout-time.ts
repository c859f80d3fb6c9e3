/** Whole minutes left until `endTime` (Unix seconds), at least 0; none without an end time. */
export function minutesLeft(endTime: number | undefined, now: number): number | undefined {
  if (endTime === undefined) return undefined;
  return Math.max(0, Math.ceil((endTime * 1000 - now) / 60_000));
}
