import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';
import { compileModel } from '../src/engine/compile.ts';
import { predict } from '../src/engine/predict.ts';
import { loadBundled } from './models.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { status, stdout: out.join('\n'), stderr: err.join('\n') };
}

const HEADER = 'trt,celltype,karno,age,prior';
const PATIENT = 'test,smallcell,40,67,no';
let dir: string;
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cli-data-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('nomogram predict --data', () => {
  it('gives one CSV line per row, the same figures as --input, and names a refused row by row and column', async () => {
    const data = file('three.csv', `${HEADER}\n${PATIENT}\ntest,smallcell,400,67,no\n${PATIENT}\n`);
    const batch = await run('predict', 'veteran-teaching', '--data', data);
    expect(batch.status).toBe(2);
    expect(batch.stderr).toMatch(/^row 2, column karno: 400 is outside the allowed range/m);
    expect(batch.stderr).toContain('1 of 3 rows refused');
    const [header, first, refused, third] = batch.stdout.split('\n');
    const cols = header!.split(',');
    expect(cols.slice(0, 9)).toEqual([
      'row',
      'trt',
      'celltype',
      'karno',
      'age',
      'prior',
      'total_points',
      'linear_predictor',
      'linear_predictor_se',
    ]);
    expect(refused).toMatch(/^2,,,.*karno: 400 is outside/);
    expect(third!.slice(2)).toBe(first!.slice(2));
    const single = JSON.parse(
      (
        await run(
          'predict',
          'veteran-teaching',
          '--input',
          JSON.stringify({ trt: 'test', celltype: 'smallcell', karno: 40, age: 67, prior: 'no' }),
          '--json',
        )
      ).stdout,
    );
    const cells = first!.split(',');
    expect(Number(cells[cols.indexOf('linear_predictor')])).toBe(single.linearPredictor);
    expect(Number(cells[cols.indexOf('survival_90_lower')])).toBe(single.survival.find((s: { time: number }) => s.time === 90).lower);
  });

  it('--json gives an array with the problems of refused rows', async () => {
    const data = file('json.csv', `${HEADER}\n${PATIENT}\ntest,huge,40,67,no\n`);
    const r = await run('predict', 'veteran-teaching', '--data', data, '--json');
    const rows = JSON.parse(r.stdout);
    expect(rows[0].prediction.totalPoints).toBeGreaterThan(0);
    expect(rows[1]).toEqual({
      row: 2,
      problems: [{ column: 'celltype', value: 'huge', message: expect.stringContaining('unknown level "huge"') }],
    });
  });

  it("computes 20,000 rows at little more than the engine's own cost for them (the model is loaded and compiled once)", async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => ({
      trt: 'test',
      celltype: 'adeno',
      karno: 10 + (i % 91),
      age: 30 + (i % 56),
      prior: 'no',
    }));
    const data = file('big.csv', [HEADER, ...rows.map((r) => Object.values(r).join(','))].join('\n'));
    const veteran = compileModel(loadBundled('veteran-teaching'));
    let started = performance.now();
    for (const r of rows) predict(veteran, r);
    const engine = performance.now() - started;
    started = performance.now();
    const r = await run('predict', 'veteran-teaching', '--data', data);
    const batch = performance.now() - started;
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')).toHaveLength(20_001);
    // Reading, checking and writing 20,000 rows may cost as much again as the predictions; a
    // model loaded per row would cost hundreds of times more.
    expect(batch).toBeLessThan(4 * engine + 500);
  }, 180_000);
});

describe('nomogram evaluate', () => {
  it('prints the figures with their intervals and what they cannot show', async () => {
    const rows = Array.from(
      { length: 60 },
      (_, i) =>
        `${20 + i * 7},${i % 3 === 0 ? 0 : 1},test,${['adeno', 'large', 'squamous'][i % 3]},${30 + (i % 7) * 10},${40 + (i % 30)},no`,
    );
    const r = await run(
      'evaluate',
      'veteran-teaching',
      '--data',
      file('cohort.csv', ['time,status,trt,celltype,karno,age,prior', ...rows].join('\n')),
      '--horizon',
      '90',
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/C-index \(Harrell's C\): 0\.\d{3}/);
    expect(r.stdout).toMatch(/Observed risk by 90 days: [\d.]+% \(95% CI/);
    expect(r.stdout).toContain('Only 40 events');
    expect(r.stdout).toContain('cannot show');
  });
  it('refuses a bad --groups', async () => {
    const r = await run(
      'evaluate',
      'veteran-teaching',
      '--data',
      file('g.csv', 'time,status,trt,celltype,karno,age,prior\n'),
      '--groups',
      'x',
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--groups: NaN is not a whole number');
  });
});

describe('nomogram: version, help for each command, plurals, standard input', () => {
  it("prints the version and each command's own help", async () => {
    expect((await run('--version')).stdout).toMatch(/^\d+\.\d+\.\d+$/);
    expect((await run('evaluate', '--help')).stdout).toMatch(/^nomogram evaluate <model> --data/);
    expect((await run('help', 'predict')).stdout).toMatch(/^nomogram predict <model> --input/);
  });
  it('says "1 month" and "12 months"', async () => {
    const r = await run(
      'predict',
      'liu2025-os',
      '--input',
      '{"treatment":"etop-ifo","pulmonaryMetastases":3,"tStage":"high","nStage":"low","radiotherapy":"no","ldh":"low"}',
      '--times',
      '1,12',
    );
    expect(r.stdout).toMatch(/ at 1 month: /);
    expect(r.stdout).toMatch(/ at 12 months: /);
  });
  it('reads --input - from standard input', { timeout: 60_000 }, () => {
    const r = spawnSync(process.execPath, ['bin/nomogram.js', 'predict', 'veteran-teaching', '--input', '-', '--json'], {
      cwd: ROOT,
      input: JSON.stringify({ trt: 'test', celltype: 'smallcell', karno: 40, age: 67, prior: 'no' }),
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).totalPoints).toBeGreaterThan(0);
  });
});
