import { useEffect } from 'preact/hooks';
import { language, scenarioName, stringsReady, t, tx } from './i18n.ts';
import { Explore } from './explore/Explore.tsx';
import { ScenarioBar } from './explore/ScenarioBar.tsx';
import { FirstUse } from './FirstUse.tsx';
import { later } from './later.tsx';
import { ModelPicker } from './ModelPicker.tsx';
import { Nomogram } from './nomogram/Nomogram.tsx';
import { catalogError, modelError } from './notices.ts';
import { Notices, OfflineStatus } from './Notices.tsx';
import { QuickForm } from './QuickForm.tsx';
import { ResultPanel } from './ResultPanel.tsx';
import { ResultStrip } from './ResultStrip.tsx';
import { Shortcuts } from './Shortcuts.tsx';
import { editing, inputsB, model, outcomeA, outcomeB } from './state.ts';
import { Tools } from './Tools.tsx';
import { sharing, view } from './view.ts';

// Not needed for the first result: chunks of their own, loaded in idle time (later.tsx).
const Comparison = later(
  () => import('./explore/Compare.tsx').then((m) => m.Comparison),
  () => inputsB.value !== null,
);
const ShareDialog = later(
  () => import('./explore/Share.tsx').then((m) => m.ShareDialog),
  () => sharing.value,
);
// Drawn only when the person opens the card.
const ModelCard = later(
  () => import('./ModelCard.tsx').then((m) => m.ModelCard),
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
    return catalogError.value ? (
      <p class="error" role="alert">
        {catalogError.value}
      </p>
    ) : null;
  }
  return (
    <>
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
            {t('loadFailed', { reason: catalogError.value })}
          </p>
        )}
        {modelError.value && (
          <p class="error" role="alert">
            {t('modelFailed', { reason: modelError.value })}
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
                <section class="nomogram-col" aria-labelledby="nomogram-heading">
                  <h2 id="nomogram-heading">
                    {t('nomogram')}
                    {inputsB.value && <span class={`scenario-tag ${editing.value}`}>{scenarioName(editing.value)}</span>}
                  </h2>
                  <p class="hint">{t('nomogramHelp')}</p>
                  <Nomogram model={m} />
                </section>
                <Explore model={m} />
              </div>
            )}
          </>
        )}
      </main>
      <footer class="foot">
        <OfflineStatus />
        <p class="print-only">
          {t('printedOn', { date: new Date().toLocaleDateString(language.value === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'long' }) })}
        </p>
        <p>
          {t('version_app', { v: __APP_VERSION__ })}
          {m && ` · ${m.id} ${m.version}`}
        </p>
      </footer>
      <ShareDialog />
      <Shortcuts />
      <FirstUse />
    </>
  );
}
