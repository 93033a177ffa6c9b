// npm run schema: writes models/model.schema.json from the declaration in src/model/format/.
import { writeFileSync } from 'node:fs';
import { modelSchema } from './modelSchema.ts';

const file = new URL('../models/model.schema.json', import.meta.url);
writeFileSync(file, modelSchema());
console.log(`wrote ${file.pathname.split('/').slice(-2).join('/')}`);
