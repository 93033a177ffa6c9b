/**
 * What an evaluation should be read with, as codes and facts: the page words them in the reader's
 * language, `describeNote` in English for the command line.
 */
export interface Note {
  code:
    | 'small-cohort'
    | 'c-near-chance'
    | 'slope-below-1'
    | 'slope-above-1'
    | 'over-predicts'
    | 'under-predicts'
    | 'no-slope'
    | 'what-it-cannot-show';
  /** The figure the note is about. */
  value?: number;
  /** Whether the figure's 95% interval includes the ideal value (1). */
  includesOne?: boolean;
}

export interface NoteFacts {
  events: number;
  cIndex: number;
  slope: { estimate: number; lower: number; upper: number } | null;
  oe: number;
}

/** Fewer events than this leave every figure wide open (the usual minimum for validation). */
const FEW_EVENTS = 100;

export function evaluationNotes(f: NoteFacts): Note[] {
  const notes: Note[] = [];
  if (f.events < FEW_EVENTS) notes.push({ code: 'small-cohort', value: f.events });
  if (f.cIndex < 0.6) notes.push({ code: 'c-near-chance', value: f.cIndex });
  if (f.slope === null) notes.push({ code: 'no-slope' });
  else {
    const includesOne = f.slope.lower <= 1 && f.slope.upper >= 1;
    if (f.slope.estimate < 0.9) notes.push({ code: 'slope-below-1', value: f.slope.estimate, includesOne });
    if (f.slope.estimate > 1.1) notes.push({ code: 'slope-above-1', value: f.slope.estimate, includesOne });
  }
  if (f.oe < 0.8) notes.push({ code: 'over-predicts', value: f.oe });
  if (f.oe > 1.25) notes.push({ code: 'under-predicts', value: f.oe });
  notes.push({ code: 'what-it-cannot-show' });
  return notes;
}
