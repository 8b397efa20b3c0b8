// Whether the acting identity may see a page: the page's reads (pageReads.ts) made as that identity, in
// order, until one is denied. Only a denial hides the page; any other error (NoSuchEntity for a name that
// does not exist, no organization) is for the page itself to show.
import type { ApiContext, Authorization } from '../../api';
import { callApi, isAccessDenied } from '../../api';
import type { Scenario } from '../../model';
import type { PageRead } from './pageReads';

/** The first denied read: which call, AWS's error code and message, and its authorization (for the explanation). */
export interface PageDenial {
  operation: PageRead['operation'];
  code: string;
  message: string;
  authorization: Authorization | null;
}

/** The denial of the first read the acting identity may not make, or null when it may make them all. */
export function pageDenial(ctx: ApiContext, scenario: Scenario, reads: readonly PageRead[]): PageDenial | null {
  for (const { operation, params } of reads) {
    const { result, authorization } = callApi(ctx, scenario, operation, params as never);
    if (result.type === 'failure' && isAccessDenied(result.errors[0].code))
      return { operation, code: result.errors[0].code, message: result.errors[0].message, authorization };
  }
  return null;
}
