import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;

/** Builds the app into a fresh temporary folder with the given environment (BASE, APP_VERSION, MODELS_DIR). */
export function buildApp(env: Record<string, string>): string {
  const out = mkdtempSync(join(tmpdir(), 'nomogram-build-'));
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'],
    {
      cwd: root,
      env: { ...process.env, ...env },
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`vite build failed: ${result.stderr}`);
  return out;
}

/**
 * A copy of the bundled models in which liu2025-os moves from 1.0.0 to 1.1.0, as a later release
 * would ship it: same coefficients, a new changelog entry.
 */
export function modelsWithNewVersion(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nomogram-models-'));
  cpSync(join(root, 'models'), dir, { recursive: true });
  const file = join(dir, 'liu2025-os', '1.0.0.json');
  const model = JSON.parse(readFileSync(file, 'utf8'));
  model.version = '1.1.0';
  model.changelog.push({
    version: '1.1.0',
    date: '2026-12-01',
    changes: { en: 'Wording of the model card revised.', zh: '修订了模型说明的措辞。' },
  });
  rmSync(file);
  mkdirSync(join(dir, 'liu2025-os'), { recursive: true });
  writeFileSync(join(dir, 'liu2025-os', '1.1.0.json'), JSON.stringify(model, null, 2));
  return dir;
}
