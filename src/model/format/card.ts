import { array, define, matching, object, optional, refine, stringOrObject } from '../declare.ts';
import { eventsWithinCohort } from '../rules/eventsWithinCohort.ts';
import { date, integer, number, range, semver, string, text } from './common.ts';

/** What the model card shows: where the model comes from, how well it did, what it is for. */
export const cardFields = {
  provenance: define(
    'provenance',
    refine(
      object(
        {
          citation: string({ description: 'Full reference of the source.' }),
          doi: optional(matching('^10\\.\\d{4,}/\\S+$', 'must be a DOI such as 10.1000/xyz', { description: 'DOI without the resolver, such as 10.1000/xyz.' })),
          url: optional(matching('^https://', 'must be an https:// address', { description: 'An https:// address of the source.' })),
          population: text('Who was studied.'),
          eligibility: text('Inclusion and exclusion criteria.'),
          setting: text('Where: country, centres, kind of study.'),
          period: stringOrObject(string(), text(), {
            description: 'Period of the derivation cohort, as reported (2020-01/2022-12); text in every language when it is words.',
          }),
          cohortSize: integer({ exclusiveMinimum: 0, description: 'Patients in the derivation cohort.' }),
          events: optional(integer({ minimum: 0, description: 'Outcome events in the derivation cohort; at most cohortSize.' })),
          outcomeDefinition: text('How the outcome was defined and timed.'),
        },
        { description: 'Where the model comes from.' },
      ),
      eventsWithinCohort,
    ),
  ),
  performance: array(
    define(
      'performance',
      object(
        {
          measure: text('C-index, AUC, calibration slope...'),
          value: number(),
          ci95: optional(range()),
          setting: text('Where it was measured: apparent, internal or external validation, and at which time.'),
        },
        { description: 'One reported performance figure.' },
      ),
    ),
    { description: 'Reported discrimination and calibration figures (may be empty).' },
  ),
  intendedUse: text('Who the model is for and what it may be used for.'),
  method: text('How the points and risks were derived from the source.'),
  assumptions: array(text(), { description: 'Assumptions made by the model or by this encoding (may be empty).' }),
  knownProblems: array(text(), { description: 'Known limitations and problems (may be empty).' }),
  changelog: array(
    define(
      'changelogEntry',
      object({
        version: semver(),
        date: date('A calendar date, YYYY-MM-DD.'),
        changes: text('What changed in this version.'),
      }),
    ),
    { minItems: 1, description: 'History of this encoding; must include an entry for `version`.' },
  ),
};
