// Writes public/schema/scenario.schema.json from the document decoder: `npm run gen:scenario-schema`.
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchema } from './scenarioDecoder';

writeFileSync(
  new URL('../../public/schema/scenario.schema.json', import.meta.url),
  JSON.stringify(scenarioJsonSchema(), null, 2) + '\n',
);
