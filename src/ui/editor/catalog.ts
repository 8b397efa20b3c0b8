// The AWS service catalogue (actions, resource types, condition keys) as the editor needs it.
// Data is loaded per service on demand through an injected loader, so the browser bundles each service
// as its own lazy chunk and unit tests can read the same files from disk.

/** An IAM action as the catalogue documents it. */
export interface ActionInfo {
  name: string;
  description: string;
  accessLevel: string;
  resourceTypes: { name: string; required: boolean; conditionKeys: string[] }[];
  conditionKeys: string[];
}

/** A resource type with its ARN template, e.g. `arn:${Partition}:s3:::${BucketName}/${ObjectName}`. */
export interface ResourceTypeInfo {
  key: string;
  arn: string;
  conditionKeys: string[];
}

/** A condition key with its value type (String, ARN, Bool, Date, Numeric, IPAddress, ArrayOf...). */
export interface ConditionKeyInfo {
  key: string;
  description: string;
  type: string;
}

/** Everything the catalogue knows about one service, keyed by lower-case names. */
export interface ServiceData {
  prefix: string;
  name: string;
  actions: Record<string, ActionInfo>;
  resourceTypes: Record<string, ResourceTypeInfo>;
  conditionKeys: Record<string, ConditionKeyInfo>;
}

/** Where catalogue data comes from: the browser's lazy chunks or the files on disk in tests. */
export interface CatalogSource {
  /** Service prefix → display name, for every service. */
  serviceNames(): Promise<Record<string, string>>;
  actions(prefix: string): Promise<Record<string, ActionInfo> | undefined>;
  resourceTypes(prefix: string): Promise<Record<string, ResourceTypeInfo> | undefined>;
  conditionKeys(prefix: string): Promise<Record<string, ConditionKeyInfo> | undefined>;
}

/** A caching view over a CatalogSource: each service is fetched at most once. */
export class Catalog {
  private names: Promise<Record<string, string>> | null = null;
  private readonly services = new Map<string, Promise<ServiceData | undefined>>();

  constructor(private readonly source: CatalogSource) {}

  /** Service prefix → display name. */
  serviceNames(): Promise<Record<string, string>> {
    this.names ??= this.source.serviceNames();
    return this.names;
  }

  /** The data of one service, or undefined for an unknown prefix (prefixes compare case-insensitively). */
  service(prefix: string): Promise<ServiceData | undefined> {
    const key = prefix.toLowerCase();
    let entry = this.services.get(key);
    if (!entry) {
      entry = this.loadService(key);
      this.services.set(key, entry);
    }
    return entry;
  }

  /** Details of `service:Action`, or undefined when the action is unknown or contains wildcards. */
  async action(fullName: string): Promise<ActionInfo | undefined> {
    const [prefix, name] = splitAction(fullName);
    if (!prefix || !name) return undefined;
    return (await this.service(prefix))?.actions[name.toLowerCase()];
  }

  /** Every known action that a pattern such as `s3:Get*` matches, as `prefix:Name`. */
  async expand(pattern: string): Promise<{ prefix: string; action: ActionInfo }[]> {
    const [prefix, name] = splitAction(pattern);
    if (!prefix || name === undefined) return [];
    const prefixes =
      prefix.includes('*') || prefix.includes('?')
        ? Object.keys(await this.serviceNames()).filter((p) => wildcardToRegExp(prefix).test(p))
        : [prefix.toLowerCase()];
    const matcher = wildcardToRegExp(name);
    const found: { prefix: string; action: ActionInfo }[] = [];
    for (const p of prefixes) {
      const data = await this.service(p);
      if (!data) continue;
      for (const action of Object.values(data.actions)) {
        if (matcher.test(action.name)) found.push({ prefix: data.prefix, action });
      }
    }
    return found;
  }

  private async loadService(prefix: string): Promise<ServiceData | undefined> {
    const names = await this.serviceNames();
    if (!(prefix in names)) return undefined;
    const [actions, resourceTypes, conditionKeys] = await Promise.all([
      this.source.actions(prefix),
      this.source.resourceTypes(prefix),
      this.source.conditionKeys(prefix),
    ]);
    return {
      prefix,
      name: names[prefix],
      actions: actions ?? {},
      resourceTypes: resourceTypes ?? {},
      conditionKeys: conditionKeys ?? {},
    };
  }
}

/** Splits `s3:GetObject` into `['s3', 'GetObject']`; the name is undefined when there is no colon. */
export function splitAction(value: string): [string, string | undefined] {
  const colon = value.indexOf(':');
  return colon < 0 ? [value, undefined] : [value.slice(0, colon), value.slice(colon + 1)];
}

/** Action wildcards: `*` any run, `?` one character, case-insensitive, whole-string. */
export function wildcardToRegExp(pattern: string): RegExp {
  const body = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 'i');
}
