import {SessionActionError} from './session.js';

/** What an SDK control method resolves to: an API response, or nothing when it failed. */
export type ControlResponse = {status: number; data: unknown} | undefined;

/** Errors of `@pexip/infinity-api` for an answer that failed the SDK's checks. */
const ANSWER_ERRORS = new Set(['ValidationError', 'NonJSONResponseError']);

export function isAnswerError(error: unknown): error is Error {
  return error instanceof Error && ANSWER_ERRORS.has(error.name);
}

/**
 * Why the node said no to a request, or nothing when it said yes: an error thrown by the SDK, no
 * answer, a status other than 200, or `result: false` (the node's words when it gave a string).
 */
export function refusalOf(
  action: string,
  answer: {response: ControlResponse} | {error: unknown}
): SessionActionError | undefined {
  if ('error' in answer) {
    const {error} = answer;
    if (isAnswerError(error)) return new SessionActionError(action, 'bad-answer', error.name);
    return new SessionActionError(action, 'refused', error instanceof Error ? error.message : String(error));
  }
  const {response} = answer;
  const result = (response?.data as {result?: unknown} | undefined)?.result;
  if (response && response.status === 200 && result !== false) return undefined;
  return new SessionActionError(action, 'refused', typeof result === 'string' ? result : `HTTP ${response?.status ?? 'error'}`);
}

/** Runs an SDK control request and turns every kind of refusal into a `SessionActionError`. */
export async function sendRequest(action: string, request: Promise<ControlResponse>): Promise<void> {
  let refusal: SessionActionError | undefined;
  try {
    refusal = refusalOf(action, {response: await request});
  } catch (error) {
    refusal = refusalOf(action, {error});
  }
  if (refusal) throw refusal;
}
