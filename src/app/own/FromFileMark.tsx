import { t } from '../i18n.ts';
import { model } from '../state.ts';
import { isFromFile } from './localModels.ts';

/** Said wherever a model from a file is shown (and printed): the build did not check it. */
export function FromFileMark() {
  return isFromFile(model.value) ? (
    <p class="from-file" role="note">
      {t('fromFile')}
    </p>
  ) : null;
}
