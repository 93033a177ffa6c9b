import type { Note } from './evaluationNotes.ts';

const round = (x: number | undefined, d = 2) => (x === undefined ? '' : x.toFixed(d));

/** A note in English, for the command line (the page has its own strings in both languages). */
export function describeNote(n: Note): string {
  const interval = n.includesOne ? ' Its 95% interval includes 1, so this cohort cannot rule out good calibration.' : '';
  switch (n.code) {
    case 'small-cohort':
      return `Only ${n.value} ${n.value === 1 ? 'event' : 'events'}: with fewer than 100, every figure here is uncertain; read the intervals, not the point estimates.`;
    case 'c-near-chance':
      return `C = ${round(n.value)} is close to 0.5, the value of a coin toss: in this cohort the model barely ranks who has the event sooner.`;
    case 'slope-below-1':
      return `Calibration slope ${round(n.value)} is below 1: the predictions are too extreme for this cohort (high risks too high, low risks too low), as happens when a model is overfitted or the case mix differs.${interval}`;
    case 'slope-above-1':
      return `Calibration slope ${round(n.value)} is above 1: the predictions are too moderate for this cohort; its patients differ more in risk than the model says.${interval}`;
    case 'over-predicts':
      return `Observed / expected = ${round(n.value)}: fewer events happened than the model predicts; its risks are too high on average here.`;
    case 'under-predicts':
      return `Observed / expected = ${round(n.value)}: more events happened than the model predicts; its risks are too low on average here.`;
    case 'no-slope':
      return 'No calibration slope: the likelihood has no maximum in this cohort (for example, the predictions separate the outcomes perfectly).';
    case 'what-it-cannot-show':
      return 'These figures describe how the model did on this cohort only. They cannot show that it will do as well on other patients, that its inputs were recorded as in the original study, or that acting on its risks helps anyone.';
  }
}
