import { useEffect } from 'preact/hooks';
import { language, scenarioName, stringsReady, t, tx } from './i18n.ts';
import { later, wantWhenNear } from './later.tsx';
import { FirstUse } from './FirstUse.tsx';
import { ModelPicker } from './ModelPicker.tsx';
import { Notices, OfflineStatus } from './Notices.tsx';
import { catalogError, modelError } from './notices.ts';
import { formatDateLong } from './numbers.ts';
import { QuickForm } from './QuickForm.tsx';
import { ResultPanel } from './ResultPanel.tsx';
import { ResultStrip } from './ResultStrip.tsx';
import { catalog, editing, inputsB, model, outcomeA, outcomeB } from './state.ts';
import { ownAsked, Tools } from './Tools.tsx';
import { refusalText } from './refusal.ts';
import { board, earlyKeys, helpOpen, sharing, view } from './view.ts';

// Not needed for the first result: one chunk (parts.ts), loaded in idle time, each part drawn in turn (later.tsx).
const parts = () => import('./parts.ts');
const ScenarioBar = later(
  () => parts().then((m) => m.ScenarioBar),
  () => inputsB.value !== null,
);
const Comparison = later(
  () => parts().then((m) => m.Comparison),
  () => inputsB.value !== null,
);
const ShareDialog = later(
  () => parts().then((m) => m.ShareDialog),
  () => sharing.value,
);
// Your own files: the panel's code loads when the person opens it from the tools menu (Tools.tsx).
const OwnFilesPanel = later(
  () => parts().then((m) => m.OwnFilesPanel),
  () => ownAsked.value,
);
// Said only for a model opened from a file (its catalogue entry is local).
const FromFileMark = later(
  () => parts().then((m) => m.FromFileMark),
  () => !!catalog.value?.some((e) => e.local && e.id === model.value?.id && e.version === model.value.version),
);
// The nomogram: the largest part of the page's code, drawn in the first idle moment after the first
// result (ahead of every other part) once its place is near the screen, and at once on a tumour
// board, where it is the point.
const Nomogram = later(
  () => parts().then((m) => m.Nomogram),
  () => board.value,
  { first: true, belowFirstScreen: true },
);
// Curves, icon arrays and what moves the risk: after the nomogram, so nothing above them moves when they come.
const Explore = later(() => parts().then((m) => m.Explore), undefined, { belowFirstScreen: true });
// Single-key shortcuts and their list: first in the idle queue, at once when a key is pressed.
const Shortcuts = later(
  () => parts().then((m) => m.Shortcuts),
  () => helpOpen.value || !!earlyKeys.value?.length,
);
// Drawn only when the person opens the card.
const ModelCard = later(
  () => parts().then((m) => m.ModelCard),
  () => true,
);

export function App() {
  useEffect(() => {
    document.documentElement.lang = language.value === 'zh' ? 'zh-CN' : 'en';
    document.title = model.value ? `${tx(model.value.title)} · ${t('appName')}` : t('appName');
  }, [language.value, model.value]);

  const m = model.value;
  if (!stringsReady()) {
    // Interface strings are data; until they arrive there is nothing to say but a failure, if any.
    // Without strings nothing can be worded: the failure is shown as the browser gave it.
    const failed = catalogError.value;
    return failed ? (
      <p class="error" role="alert">
        {'message' in failed ? failed.message : failed.code}
      </p>
    ) : null;
  }
  return (
    <>
      <Shortcuts />
      <a class="skip" href="#main">
        {t('skip')}
      </a>
      <header class="top">
        <h1>{t('appName')}</h1>
        <ModelPicker />
        <Tools />
      </header>
      <main id="main" tabIndex={-1}>
        <Notices />
        {catalogError.value && (
          <p class="error" role="alert">
            {t('loadFailed', { reason: refusalText(catalogError.value) })}
          </p>
        )}
        {modelError.value && (
          <p class="error" role="alert">
            {t('modelFailed', { reason: refusalText(modelError.value) })}
          </p>
        )}
        {!m && !catalogError.value && <p class="loading">{t('loading')}</p>}
        {m && (
          <>
            <div class="model-head">
              <h2 class="print-only">
                {tx(m.title)} · v{m.version}
              </h2>
              <p class="summary">
                {tx(m.summary)}
                {m.teachingOnly && <strong class="teaching"> {t('teachingOnly')}</strong>}
              </p>
              <FromFileMark />
            </div>
            {view.value === 'card' ? (
              <ModelCard model={m} />
            ) : (
              <div class={`calculator${outcomeA.value?.ok && outcomeB.value?.ok ? ' comparing' : ''}`}>
                <div class="inputs-col">
                  <ResultPanel model={m} />
                  <ScenarioBar />
                  <Comparison model={m} />
                  <QuickForm model={m} />
                </div>
                <ResultStrip model={m} />
                {/* Where the parts below the first screen begin: they are drawn as it nears the window. */}
                <section ref={wantWhenNear} class="nomogram-col" aria-labelledby="nomogram-heading">
                  <h2 id="nomogram-heading">
                    {t('nomogram')}
                    {inputsB.value && <span class={`scenario-tag ${editing.value}`}>{scenarioName(editing.value)}</span>}
                  </h2>
                  <p class="hint">{t('nomogramHelp')}</p>
                  <div class="nomogram-slot">
                    <Nomogram model={m} />
                  </div>
                </section>
                <Explore model={m} />
              </div>
            )}
          </>
        )}
      </main>
      <footer class="foot">
        <OfflineStatus />
        <p class="print-only">{t('printedOn', { date: formatDateLong(new Date(), language.value) })}</p>
        <p>
          {t('version_app', { v: __APP_VERSION__ })}
          {m && ` · ${m.id} ${m.version}`}
        </p>
      </footer>
      <ShareDialog />
      <OwnFilesPanel />
      <FirstUse />
    </>
  );
}
