import { t, type StringKey } from './i18n.ts';

/**
 * Why a link, the model list or a model file was refused: a code and its facts, worded from the
 * interface strings when shown (as warnings are), so the reason reads in the language on screen.
 */
export type Refusal =
  | { code: 'linkTooLong' }
  | { code: 'linkUnknownPart'; part: string }
  | { code: 'linkTwice'; key: string }
  | { code: 'linkModel' }
  | { code: 'linkValue'; value: string }
  | { code: 'linkHorizon' }
  | { code: 'linkLanguage' }
  | { code: 'linkView' }
  | { code: 'unknownModel'; id: string }
  | { code: 'unknownHorizon'; h: number }
  | { code: 'network'; file: string }
  | { code: 'http'; file: string; status: number }
  | { code: 'notJson'; file: string }
  | { code: 'notCatalog'; file: string }
  | { code: 'insecure'; file: string }
  | { code: 'digest'; file: string }
  /** Anything else thrown while loading: its own message, as the browser gave it. */
  | { code: 'other'; message: string };

/** A load that failed for a reason the page can word. */
export class Refused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.code);
  }
}

/** The refusal carried by an error, or the error's own message when it carries none. */
export function refusalOf(e: unknown): Refusal {
  return e instanceof Refused ? e.refusal : { code: 'other', message: (e as Error)?.message ?? String(e) };
}

/** The reason in the current language. */
export function refusalText(r: Refusal): string {
  const { code, ...facts } = r;
  return t(`refused_${code}` as StringKey, facts as Record<string, string | number>);
}
