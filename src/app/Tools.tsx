import { signal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { language, switchLanguage, t } from './i18n.ts';
import { model } from './state.ts';
import { helpOpen, menuOpen, sharing, toggleBoard, toggleCard, toggleTheme, view, board, theme } from './view.ts';

/** One entry of the tools menu. */
export interface Tool {
  id: string;
  /** The button's text; `name` is its accessible name when the text alone would not say it ("?"). */
  text: () => string;
  name?: () => string;
  act: () => void;
  /** A switch: shown pressed while on. */
  pressed?: () => boolean;
  /** Needs a model open (disabled until one is). */
  needsModel?: boolean;
  /** The language the text is in, when it is not the page's ("中文" on an English page). */
  lang?: () => string | undefined;
}

/** The person asked for their own files: the panel's code (own/) is fetched only then. */
export const ownAsked = signal(false);

function openOwnFiles(): void {
  ownAsked.value = true;
  void import('./parts.ts').then((m) => m.openOwnFiles());
}

/** The header's tools, in menu order. A new part of the app adds its entry here. */
const TOOLS: Tool[] = [
  {
    id: 'card',
    text: () => (view.value === 'card' ? t('backToCalculator') : t('card')),
    act: toggleCard,
    pressed: () => view.value === 'card',
    needsModel: true,
  },
  { id: 'share', text: () => t('share'), act: () => (sharing.value = true), needsModel: true },
  { id: 'board', text: () => t('boardMode'), act: toggleBoard, pressed: () => board.value, needsModel: true },
  { id: 'own', text: () => t('ownFiles'), act: openOwnFiles },
  { id: 'theme', text: () => t('darkTheme'), act: toggleTheme, pressed: () => theme.value === 'dark' },
  {
    id: 'language',
    text: () => t('otherLanguage'),
    act: () => void switchLanguage(language.value === 'en' ? 'zh' : 'en'),
    lang: () => (language.value === 'en' ? 'zh-CN' : 'en'),
  },
  { id: 'keys', text: () => '?', name: () => t('keysHeading'), act: () => (helpOpen.value = true) },
];

/**
 * The tools as one row of buttons on a wide screen, folded behind one "Menu" button on a phone and
 * in board mode (CSS decides, so nothing moves when the window is resized). Rendered before the
 * model arrives (disabled) so the header does not grow and shift the page.
 */
export function Tools() {
  const nav = useRef<HTMLElement>(null);
  const open = menuOpen.value;
  useEffect(() => {
    if (!open) return;
    // A tap elsewhere or Escape folds it again; focus stays where the person is.
    const away = (e: Event) => !nav.current?.contains(e.target as Node) && (menuOpen.value = false);
    const escape = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      menuOpen.value = false;
      nav.current?.querySelector<HTMLElement>('.menu-toggle')?.focus();
    };
    addEventListener('pointerdown', away);
    addEventListener('keydown', escape);
    return () => {
      removeEventListener('pointerdown', away);
      removeEventListener('keydown', escape);
    };
  }, [open]);
  return (
    <nav class={`tools${open ? ' open' : ''}`} ref={nav} aria-label={t('toolsLabel')}>
      <button type="button" class="menu-toggle" aria-expanded={open} aria-controls="tools-list" onClick={() => (menuOpen.value = !open)}>
        {t('menu')}
      </button>
      <ul id="tools-list">
        {TOOLS.map((tool) => (
          <li key={tool.id}>
            <button
              type="button"
              data-tool={tool.id}
              disabled={tool.needsModel && !model.value}
              aria-pressed={tool.pressed?.()}
              aria-label={tool.name?.()}
              lang={tool.lang?.()}
              onClick={(e) => {
                const button = e.currentTarget as HTMLElement;
                menuOpen.value = false;
                tool.act();
                // Entering the board folds the tools away: focus goes on to the menu rather than being lost.
                requestAnimationFrame(
                  () =>
                    button === document.activeElement &&
                    !button.offsetParent &&
                    nav.current?.querySelector<HTMLElement>('.menu-toggle')?.focus(),
                );
              }}
            >
              {tool.text()}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
