// Writes public/schema/scenario.schema.json from the document decoder: `npx tsx src/model/generateScenarioSchema.ts`.
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchema } from './scenarioDecoder';

writeFileSync(new URL('../../public/schema/scenario.schema.json', import.meta.url), JSON.stringify(scenarioJsonSchema(), null, 2) + '\n');
