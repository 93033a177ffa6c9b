import { signal } from '@preact/signals';
import type { ComponentChild } from 'preact';
import type { Language, Text } from '../model/types.ts';
import { formatNumber } from './numbers.ts';
import type messagesEn from '../../public/locales/en.json';

/** Interface strings are data (public/locales/<language>.json), fetched once and precached. */
export type StringKey = keyof typeof messagesEn;
type Messages = Record<StringKey, string>;

function initialLanguage(): Language {
  const preferred = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  return preferred.some((l) => l.toLowerCase().startsWith('zh')) ? 'zh' : 'en';
}

export const language = signal<Language>(initialLanguage());
const loaded = signal<Partial<Record<Language, Messages>>>({});

/** Fetches a language's strings (once) and switches to it. */
export async function switchLanguage(lang: Language): Promise<void> {
  if (!loaded.value[lang]) {
    const response = await fetch(`${import.meta.env.BASE_URL}locales/${lang}.json`);
    if (!response.ok) throw new Error(`locales/${lang}.json: HTTP ${response.status}`);
    loaded.value = { ...loaded.value, [lang]: (await response.json()) as Messages };
  }
  language.value = lang;
}

/** Whether the current language's strings are ready to render. */
export const stringsReady = () => loaded.value[language.value] !== undefined;

/** An interface string in the current language with `{name}` filled in. */
export function t(key: StringKey, values: Record<string, string | number> = {}): string {
  return fill(loaded.value[language.value]?.[key] ?? key, values);
}

/** A model file's text in the current language. */
export function tx(text: Text): string {
  return text[language.value];
}

/**
 * An interface string whose values may be markup (a figure in <strong>): the sentence stays one
 * string in the strings file, so its order and punctuation are the language's own.
 */
export function tParts(key: StringKey, values: Record<string, ComponentChild>): ComponentChild[] {
  const template = loaded.value[language.value]?.[key] ?? key;
  return template.split(/\{(\w+)\}/).map((part, i) => (i % 2 ? (values[part] ?? `{${part}}`) : part));
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** A number in the current language's conventions (en-GB and zh-CN write them alike), with at most `digits` decimals (and at least `least`). */
export const num = formatNumber;

/** A probability as a percentage, never shown as exactly 0% or 100%. */
export function pct(p: number): string {
  if (p < 0.001) return `<${num(0.1, 1)}%`;
  if (p > 0.999) return `>${num(99.9, 1)}%`;
  return `${num(p * 100, p < 0.1 || p > 0.9 ? 1 : 0)}%`;
}

/** A time in the model's unit: "24 months", "24 个月". */
export function duration(n: number, unit: string, digits = 0): string {
  return t(`unit_${unit}` as StringKey, { n: num(n, digits) });
}

/**
 * A unit as it follows a number: Chinese writes "14个月", "30岁" with no space, but keeps one
 * before a Latin unit ("240 U/L"); the strings file places it ("{n}{unit}", "{n} {unit}").
 */
export function unitText(unit: string): string {
  return language.value === 'zh' && /^[A-Za-z]/.test(unit) ? ` ${unit}` : unit;
}

/** "A: the patient" or "B: scenario". */
export const scenarioName = (s: string) => t(s === 'a' ? 'scenarioA' : 'scenarioB');
