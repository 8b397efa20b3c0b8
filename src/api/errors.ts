// AWS error codes and messages as the IAM, STS and Organizations APIs return them.

/** An AWS error raised inside an operation; the dispatcher turns it into a failure Result. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** NoSuchEntity: "The user with name Bob cannot be found." */
export const noSuchEntity = (kind: string, name: string): ApiError =>
  new ApiError('NoSuchEntity', `The ${kind} with name ${name} cannot be found.`);

/** LimitExceeded: "Cannot exceed quota for AccessKeysPerUser: 2". */
export const limitExceeded = (quota: string, value: number): ApiError =>
  new ApiError('LimitExceeded', `Cannot exceed quota for ${quota}: ${value}`);

/** DeleteConflict: "Cannot delete entity, must detach all policies first." */
export const deleteConflict = (what: string): ApiError =>
  new ApiError('DeleteConflict', `Cannot delete entity, must ${what} first.`);

/** ValidationError in the wording of AWS's request validation. */
export const validationError = (value: string, field: string, constraint: string): ApiError =>
  new ApiError(
    'ValidationError',
    `1 validation error detected: Value '${value}' at '${field}' failed to satisfy constraint: ${constraint}`,
  );

/** InvalidInput for values that pass the shape check but are wrong for IAM. */
export const invalidInput = (message: string): ApiError => new ApiError('InvalidInput', message);

/** UnmodifiableEntity for service-linked roles, which only their service may change. */
export const unmodifiable = (roleName: string): ApiError =>
  new ApiError(
    'UnmodifiableEntity',
    `Cannot perform the operation on the protected role '${roleName}' - this role is only modifiable by AWS`,
  );

/** True for the codes AWS uses when a request is not authorized (Organizations spells it AccessDeniedException). */
export const isAccessDenied = (code: string): boolean => code === 'AccessDenied' || code === 'AccessDeniedException';
