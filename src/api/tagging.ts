// TagX and UntagX as IAM has them for every taggable entity (users, roles, customer managed policies,
// identity providers): authorized on the entity's ARN with the request's tags in aws:RequestTag/… and
// aws:TagKeys; a repeated key replaces its value, keys are removed case-insensitively.

import type { Tag } from '../model';
import { requestTagContext } from './context';
import type { Call, Operation } from './operation';
import { operation } from './operation';
import { mergeTags, removeTags } from './validate';

/** Where a kind of entity is found and what it is authorized as, given the call's parameters. */
export interface Taggable<P> {
  /** The ARN the tag actions are checked against. */
  resource: (call: Call<P>) => string;
  /** The entity to change, throwing AWS's error when it is missing or may not be changed. */
  find: (call: Call<P>) => { tags: Tag[] };
}

/** `iam:Tag<name>` and `iam:Untag<name>` over the entities `taggable` finds. */
export function tagOperations<P>(
  name: string,
  taggable: Taggable<P>,
): { tag: Operation<P & { Tags: Tag[] }, object>; untag: Operation<P & { TagKeys: string[] }, object> } {
  const { resource, find } = taggable;
  return {
    tag: operation<P & { Tags: Tag[] }, object>({
      action: `iam:Tag${name}`,
      resource,
      context: (call) => requestTagContext(call.params.Tags),
      run(call) {
        const entity = find(call);
        entity.tags = mergeTags(entity.tags, call.params.Tags);
        return {};
      },
    }),
    untag: operation<P & { TagKeys: string[] }, object>({
      action: `iam:Untag${name}`,
      resource,
      context: (call) => ({ 'aws:TagKeys': call.params.TagKeys }),
      run(call) {
        const entity = find(call);
        entity.tags = removeTags(entity.tags, call.params.TagKeys);
        return {};
      },
    }),
  };
}

/** The entity's tags sorted by key, as the List…Tags operations return them. */
export const sortedTags = (tags: readonly Tag[]): Tag[] => [...tags].sort((a, b) => (a.Key < b.Key ? -1 : 1));
