import { signal } from '@preact/signals';
import type { ComponentType } from 'preact';

/** Whether the "your own files" panel is open. */
export const ownOpen = signal(false);
const Panel = signal<ComponentType | null>(null);

/**
 * Opens the panel for a model file, predictions for a CSV and a check on a cohort. Its code, the
 * validator and the cohort code load only when it is first asked for.
 */
export async function openOwnFiles(): Promise<void> {
  if (!Panel.value) Panel.value = (await import('./OwnFiles.tsx')).OwnFiles;
  ownOpen.value = true;
}

/** Where the panel is drawn once loaded (nothing before). */
export function OwnFilesPanel() {
  const Loaded = Panel.value;
  return Loaded ? <Loaded /> : null;
}
