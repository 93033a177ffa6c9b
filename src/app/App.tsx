import { useEffect } from 'preact/hooks';
import { language, scenarioName, stringsReady, switchLanguage, t, tx } from './i18n.ts';
import { FirstUse } from './FirstUse.tsx';
import { helpOpen, Shortcuts, theme, toggleBoard } from './Board.tsx';
import { Comparison, ScenarioBar } from './explore/Compare.tsx';
import { Explore } from './explore/Explore.tsx';
import { openShare, ShareDialog } from './explore/Share.tsx';
import { ModelCard } from './ModelCard.tsx';
import { ModelPicker } from './ModelPicker.tsx';
import { Nomogram } from './nomogram/Nomogram.tsx';
import { QuickForm } from './QuickForm.tsx';
import { ResultPanel } from './ResultPanel.tsx';
import { ResultStrip } from './ResultStrip.tsx';
import { Notices, OfflineStatus } from './Notices.tsx';
import { applyUpdate } from './pwa.ts';
import { refusalOf, refusalText } from './refusal.ts';
import { keepCaseForReload, start } from './startup.ts';
import { board, catalogError, editing, inputsB, loadCatalog, model, modelError, outcomeA, outcomeB, view } from './state.ts';

export function App() {
  useEffect(() => {
    // Strings and the catalogue load side by side; the case opens once both are here.
    const catalogLoading = loadCatalog();
    switchLanguage(language.value)
      .then(() => start(catalogLoading))
      .catch((e: Error) => (catalogError.value = refusalOf(e)));
  }, []);
  useEffect(() => {
    document.documentElement.lang = language.value === 'zh' ? 'zh-CN' : 'en';
    document.title = model.value ? `${tx(model.value.title)} · ${t('appName')}` : t('appName');
  }, [language.value, model.value]);

  const m = model.value;
  if (!stringsReady()) {
    // Interface strings are data; until they arrive there is nothing to say but a failure, if any.
    // Without strings nothing can be worded: the failure is shown as the browser gave it.
    const failed = catalogError.value;
    return failed ? <p class="error" role="alert">{'message' in failed ? failed.message : failed.code}</p> : null;
  }
  return (
    <>
      <a class="skip" href="#main">{t('skip')}</a>
      <header class="top">
        <h1>{t('appName')}</h1>
        <ModelPicker />
        <div class="tools">
          {/* Rendered before the model arrives (disabled) so the header does not grow and shift the page. */}
          <button type="button" disabled={!m} onClick={() => (view.value = view.value === 'card' ? 'calculator' : 'card')} aria-pressed={view.value === 'card'}>
            {view.value === 'card' ? t('backToCalculator') : t('card')}
          </button>
          <button type="button" disabled={!m} onClick={openShare}>
            {t('share')}
          </button>
          <button type="button" disabled={!m} aria-pressed={board.value} onClick={toggleBoard}>
            {t('boardMode')}
          </button>
          <button type="button" aria-pressed={theme.value === 'dark'} onClick={() => (theme.value = theme.value === 'dark' ? 'light' : 'dark')}>
            {t('darkTheme')}
          </button>
          <button type="button" lang={language.value === 'en' ? 'zh-CN' : 'en'} onClick={() => void switchLanguage(language.value === 'en' ? 'zh' : 'en')}>
            {t('otherLanguage')}
          </button>
          <button type="button" aria-label={t('keysHeading')} onClick={() => (helpOpen.value = true)}>
            ?
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Notices onUpdate={() => applyUpdate(keepCaseForReload)} />
        {catalogError.value && <p class="error" role="alert">{t('loadFailed', { reason: refusalText(catalogError.value) })}</p>}
        {modelError.value && <p class="error" role="alert">{t('modelFailed', { reason: refusalText(modelError.value) })}</p>}
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
        <p class="print-only">{t('printedOn', { date: new Date().toLocaleDateString(language.value === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'long' }) })}</p>
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
