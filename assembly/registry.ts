// Interned request-side names registered once from TypeScript: actions (lower-cased, with the flags
// the flow needs) and callers (the request principal parsed as the reference's parseCaller does).

/** A registered action. */
export class Action {
  constructor(public text: string, public flags: i32) {}
}

/** Action flags. */
export const ACTION_GET_CALLER_IDENTITY: i32 = 1;
/** sts:AssumeRole*, sts:TagSession or sts:SetSourceIdentity: governed by the role's trust policy. */
export const ACTION_TRUST_POLICY: i32 = 2;
export const ACTION_KMS: i32 = 4;

/** A registered caller; `account` is empty when the caller has none (anonymous, services). */
export class Caller {
  kind: i32 = 0;
  name: string = '';
  hasAccount: bool = false;
  account: string = '';
  partition: string = '';
  roleName: string = '';
}

/** Actions by id (the id is the index). */
export const actions = new Array<Action>();
/** Callers by id. */
export const callers = new Array<Caller>();
