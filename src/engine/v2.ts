/** Loads the engine's format-version-2 parts (see extensions.ts). Importing this module is what it does. */
import { survfitSurvival } from './coxSurvfit.ts';
import { addExtensions } from './extensions.ts';
import { fineGrayFamily } from './families/fineGray.ts';
import { parametricFamily } from './families/parametric.ts';
import { compileInteractions } from './interactions.ts';

addExtensions({ parametric: parametricFamily, fineGray: fineGrayFamily, interactions: compileInteractions, survfit: survfitSurvival });
