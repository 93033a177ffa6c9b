import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';

/** The published models/model.schema.json, compiled by a general JSON Schema engine (Ajv). */
export const schemaJson = JSON.parse(readFileSync(new URL('../models/model.schema.json', import.meta.url), 'utf8'));

// strictTypes off: a use of a definition narrows it (`$ref` with `exclusiveMinimum`) and leaves `type` to it, which is valid 2020-12.
const ajv = new Ajv2020({ allErrors: true, strictTypes: false });
// The messages VS Code shows for a failed pattern or constraint; annotations to any other engine.
ajv.addKeyword('patternErrorMessage');
ajv.addKeyword('errorMessage');

export const schemaValidate = ajv.compile(schemaJson);
