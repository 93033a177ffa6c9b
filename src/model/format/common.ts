import { array, define, matching, numberType, object, pair, ref, refine, stringType, type Keywords, type Schema } from '../declare.ts';
import { calendarDate } from '../rules/calendarDate.ts';
import { increasing, lowerFirst } from '../rules/order.ts';

/** Larger magnitudes are not plausible in a model file, and the engine's cubes of them would overflow. */
export const MAX_MAGNITUDE = 1e15;

const NUMBER = define(
  'number',
  numberType({
    minimum: -MAX_MAGNITUDE,
    maximum: MAX_MAGNITUDE,
    description: 'A finite number. Magnitudes above 1e15 are not plausible in a model file and would overflow the arithmetic.',
  }),
);

/** A finite number within ±1e15; `own` narrows it (`exclusiveMinimum: 0`) or describes it. */
export const number = (own?: Keywords): Schema<number> => (own ? ref(NUMBER, own) : NUMBER);

export const integer = (own: Keywords = {}): Schema<number> => ref(NUMBER, { type: 'integer', ...own });

/** Numbers in strictly increasing order (knots, ticks, horizons, times). */
export const increasingNumbers = (own: Keywords, item: Schema<number> = number()) => refine(array(item, own), increasing);

const STRING = define('nonEmptyString', stringType({ pattern: '\\S', description: 'A string that is not empty or only white space.' }));

export const string = (own?: Keywords): Schema<string> => (own ? ref(STRING, own) : STRING);

/** Text in every language the interface speaks. */
export const TEXT = define(
  'text',
  object(
    { en: string({ description: 'English.' }), zh: string({ description: 'Chinese (simplified).' }) },
    { description: 'Text in every language the interface speaks; both are required and non-empty.' },
  ),
);

export const text = (description?: string) => (description ? ref(TEXT, { description }) : TEXT);

const RANGE = define(
  'range',
  refine(pair(number(), { description: '[lower, upper], lower <= upper.', errorMessage: 'must be [lower, upper]' }), lowerFirst),
);

export const range = (description?: string) => (description ? ref(RANGE, { description }) : RANGE);

const SEMVER = define(
  'semver',
  matching('^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$', 'must be a semantic version such as 1.2.0', {
    description: 'A semantic version such as 1.2.0.',
  }),
);

export const semver = (description?: string) => (description ? ref(SEMVER, { description }) : SEMVER);

export const date = (description: string) =>
  refine(matching('^\\d{4}-\\d{2}-\\d{2}$', 'must be a date as YYYY-MM-DD', { description }), calendarDate);
