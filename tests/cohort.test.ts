import { describe, expect, it } from 'vitest';
import { auc } from '../src/cohort/auc.ts';
import { censoringSurvival } from '../src/cohort/censoringWeights.ts';
import { concordance } from '../src/cohort/concordance.ts';
import { csvLine, parseCsv } from '../src/cohort/csv.ts';
import { describeCohortProblem } from '../src/cohort/cohortProblem.ts';
import { evaluateCohort, type EvaluationResult } from '../src/cohort/evaluateCohort.ts';

/** The refusal in English, as the command line words it ('' when the check ran). */
const said = (r: EvaluationResult) => (r.ok ? '' : describeCohortProblem(r.problems[0]!));
import { kaplanMeierAt } from '../src/cohort/kaplanMeier.ts';
import { riskGroups } from '../src/cohort/calibrationGroups.ts';
import { loadBundled } from './models.ts';

const table = (text: string) => {
  const read = parseCsv(text);
  if (!read.ok) throw new Error(read.problem.code);
  return read.table;
};

describe('concordance(time, status, x)', () => {
  it('counts pairs as survival::concordance does, by hand on five patients', () => {
    // times 1 2 2 3 4, status 1 1 0 1 0, x 5 4 4 1 2. Comparable pairs (shorter time an event):
    // from t=1 (x5): vs x4, x4, x1, x2, all concordant (4). From t=2 event (x4): vs censored t=2
    // (x4, tied x), t=3 (x1, conc), t=4 (x2, conc). From t=3 (x1): vs t=4 (x2): discordant.
    const c = concordance([1, 2, 2, 3, 4], [1, 1, 0, 1, 0], [5, 4, 4, 1, 2]);
    expect(c).toEqual({ concordant: 6, discordant: 1, tiedX: 1, c: 6.5 / 8 });
  });
  it('does not compare two events at the same time', () => {
    expect(concordance([3, 3], [1, 1], [1, 2]).concordant + concordance([3, 3], [1, 1], [1, 2]).discordant).toBe(0);
  });
});

describe('kaplanMeierAt and censoringSurvival', () => {
  it('includes events at exactly the horizon, and lets events leave before censorings at the same time', () => {
    const time = [1, 2, 2, 2, 3, 4, 4, 5, 6, 6];
    const status = [1, 1, 0, 0, 1, 0, 1, 1, 0, 1];
    expect(kaplanMeierAt(time, status, 2).survival).toBeCloseTo((9 / 10) * (8 / 9), 15);
    // prodlim(reverse = TRUE) gives 1, 0.75, 0.75, 0.5625 at 1..4 on these data.
    const g = censoringSurvival(time, status);
    expect([1, 2, 3, 4].map(g.at)).toEqual([1, 0.75, 0.75, 0.5625]);
    expect(g.before(2)).toBe(1);
  });
});

describe('auc(x, y)', () => {
  it('counts tied predictions as one half', () => {
    expect(auc([0.1, 0.5, 0.5, 0.9], [0, 0, 1, 1])).toBe(0.875);
  });
});

describe('riskGroups(risk, count)', () => {
  it('cuts the sorted rows at floor(j * count / n) and keeps tied risks in row order', () => {
    expect(riskGroups([0.3, 0.1, 0.2, 0.1, 0.5], 2)).toEqual([
      [1, 3, 2],
      [0, 4],
    ]);
  });
});

describe('parseCsv(text)', () => {
  it('reads quoted cells, doubled quotes, CRLF and a byte-order mark, and skips blank lines', () => {
    expect(parseCsv('\ufeffa,"b, c"\r\n1,"say ""hi"""\r\n\r\n')).toEqual({
      ok: true,
      table: { header: ['a', 'b, c'], rows: [['1', 'say "hi"']] },
    });
  });
  it('names the row whose cell count differs from the header', () => {
    expect(parseCsv('a,b\n1,2\n3\n')).toEqual({ ok: false, problem: { code: 'cell-count', row: 2, cells: 1, columns: 2 } });
  });
  it('writes back what it reads', () => {
    expect(csvLine(['a,b', 'q"', null, 1.5])).toBe('"a,b","q""",,1.5');
  });
});

describe('evaluateCohort(model, table)', () => {
  const veteran = loadBundled('veteran-teaching');
  const row = (time: number, status: number, karno = 60) => `${time},${status},test,adeno,${karno},60,no`;
  const header = 'time,status,trt,celltype,karno,age,prior';

  it('refuses bad cells by row and column, and computes nothing', () => {
    const r = evaluateCohort(veteran, table(`${header}\n${row(10, 1)}\n10,2,test,adeno,60,60,no\n-1,1,test,adeno,60,60,maybe\n`));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(said(r)).toBe('2 of 3 rows refused; correct or remove them');
    expect(r.rowProblems.map((p) => `${p.row}/${p.column}`)).toEqual(['2/status', '3/prior', '3/time']);
    expect(r.rowProblems[0]!.message).toContain('"2" is not 0 or 1');
  });
  it('names the missing columns', () => {
    const r = evaluateCohort(veteran, table('time,status,trt\n1,1,test\n'));
    expect(said(r)).toMatch(/^no column celltype, karno, age, prior/);
  });
  it('refuses a cohort with no events, or too few', () => {
    const none = evaluateCohort(veteran, table([header, ...Array.from({ length: 30 }, (_, i) => row(100 + i, 0))].join('\n')));
    expect(said(none)).toBe('the cohort has 0 events; at least 10 are needed to say anything about the model');
    const few = evaluateCohort(veteran, table([header, ...Array.from({ length: 30 }, (_, i) => row(100 + i, i < 3 ? 1 : 0))].join('\n')));
    expect(said(few)).toMatch(/^the cohort has 3 events/);
  });
  it("refuses a horizon past the baseline or past everyone's follow-up", () => {
    const rows = [header, ...Array.from({ length: 40 }, (_, i) => row(10 + i * 5, i % 2, 30 + (i % 7) * 10))].join('\n');
    const past = evaluateCohort(veteran, table(rows), { horizon: 5000 });
    expect(said(past)).toMatch(/baseline ends at 999 days, before the horizon 5000/);
    const late = evaluateCohort(veteran, table(rows), { horizon: 500 });
    expect(said(late)).toBe('nobody in the cohort is followed to the horizon 500 days');
    const ok = evaluateCohort(veteran, table(rows));
    expect(ok.ok && ok.evaluation.kind === 'cox' && ok.evaluation.horizon).toBe(180);
  });
});
