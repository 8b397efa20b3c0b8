// The call/answer shape shared by every model, API and storage operation (same shape as the engine's).

/** One error of a failed operation: a stable code (AWS's where one exists) and a readable message. */
export interface ResultError {
  code: string;
  message: string;
}

/** Success carries a value, failure carries errors; never both. */
export type Result<T> = { type: 'success'; value: T } | { type: 'failure'; errors: ResultError[] };

/** Wraps a value as a success. */
export const ok = <T>(value: T): Result<T> => ({ type: 'success', value });

/** A failure with one error. */
export const fail = <T = never>(code: string, message: string): Result<T> => ({
  type: 'failure',
  errors: [{ code, message }],
});
