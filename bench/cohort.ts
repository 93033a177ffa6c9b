/**
 * The cohort check in Chromium, for bin/bench.js: a 20,000-row cohort evaluated in the page (in
 * its Web Worker) while a PerformanceObserver records every long task (>= 50 ms) on the main
 * thread. The page stays responsive when the longest stays under 200 ms.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { LAUNCH } from './browser.ts';

export interface CohortTiming {
  rows: number;
  /** From choosing the file to the figures on screen. */
  seconds: number;
  longTasks: number;
  longestTaskMs: number;
}

/** A cohort for the bundled veteran model: every predictor, follow-up and status. */
function cohortCsv(rows: number): string {
  const cells = ['squamous', 'smallcell', 'adeno', 'large'];
  const lines = Array.from(
    { length: rows },
    (_, i) =>
      `${1 + ((i * 37) % 900)},${i % 5 === 0 ? 0 : 1},${i % 2 ? 'test' : 'standard'},${cells[i % 4]},${10 + (i % 10) * 10},${30 + (i % 50)},${i % 3 ? 'no' : 'yes'}`,
  );
  return ['time,status,trt,celltype,karno,age,prior', ...lines].join('\n');
}

export async function measureCohort(url: string, rows = 20_000): Promise<CohortTiming> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-cohort-'));
  const file = join(dir, 'cohort.csv');
  writeFileSync(file, cohortCsv(rows));
  const browser = await chromium.launch(LAUNCH);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(() => {
      localStorage.setItem('nomogram.firstUse.v1', 'yes');
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({
        type: 'longtask',
        buffered: true,
      });
    });
    await page.goto(url);
    await page.locator('#model-select').selectOption('veteran-teaching@1.0.0');
    await page.locator('svg.nomogram g[role=slider][data-predictor="karno"]').waitFor();
    await page.getByRole('button', { name: 'Your own files' }).click();
    await page.locator('#cohort-file').waitFor();
    await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks.length = 0));
    const started = performance.now();
    await page.locator('#cohort-file').setInputFiles(file);
    await page.locator('svg.calibration-plot').waitFor({ timeout: 120_000 });
    const seconds = (performance.now() - started) / 1000;
    const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    return { rows, seconds, longTasks: tasks.length, longestTaskMs: Math.max(0, ...tasks) };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
