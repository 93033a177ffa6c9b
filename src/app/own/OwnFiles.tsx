import { Modal } from '../Modal.tsx';
import { t } from '../i18n.ts';
import { model } from '../state.ts';
import { BatchPredict } from './BatchPredict.tsx';
import { CohortCheck } from './CohortCheck.tsx';
import { KeptModels } from './KeptModels.tsx';
import { OpenModelFile } from './OpenModelFile.tsx';
import { ownOpen } from './OwnFilesButton.tsx';

/** Your own files: a model file, predictions for a CSV of patients, and a check on your cohort. */
export function OwnFiles() {
  const m = model.value;
  return (
    <Modal open={ownOpen} name="own" title={t('ownFiles')}>
      <p class="privacy">{t('ownPrivacy')}</p>
      <section aria-labelledby="own-model-heading">
        <h3 id="own-model-heading">{t('openModelFile')}</h3>
        <OpenModelFile />
        <KeptModels />
      </section>
      {m && (
        <>
          <section aria-labelledby="own-batch-heading">
            <h3 id="own-batch-heading">{t('batchHeading')}</h3>
            <BatchPredict model={m} />
          </section>
          <section aria-labelledby="own-cohort-heading">
            <h3 id="own-cohort-heading">{t('cohortHeading')}</h3>
            <CohortCheck model={m} />
          </section>
        </>
      )}
    </Modal>
  );
}
