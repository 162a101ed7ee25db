/** Why a valid form did not reach the practice: a service problem, not a mistake by the person. */
export type Problem =
  | { kind: 'send-failed' }
  | { kind: 'network' }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  | { kind: 'unreadable'; reason: string };
