import type { Model, Text } from '../model/types.ts';

/** One bundled model version, as listed in models/index.json. */
export interface CatalogEntry {
  id: string;
  version: string;
  /** Path relative to the app's base. */
  file: string;
  /**
   * SHA-256 (hex) of the file as the build validated it and ran its test vectors. The page opens
   * a model only when the bytes it fetched have this digest.
   */
  sha256: string;
  title: Text;
  summary: Text;
  outcome: Text;
  kind: Model['kind'];
  teachingOnly?: boolean;
  approximate?: boolean;
  /** A model opened from a file on this device, for this visit or kept (not checked by the build). */
  local?: 'session' | 'kept';
  /** The model the app opens on when no link names one (models/catalog.json). */
  default?: boolean;
}
