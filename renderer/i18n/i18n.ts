/** i18next set up with Danish first and English available; the choice is remembered. */
import i18next from 'i18next';
import type { FormulaStyle } from '../../shared/formula/printer';
import { initReactI18next } from 'react-i18next';
import { da } from './da';
import { en } from './en';

const STORAGE_KEY = 'budgetnotat.language';

export function setupI18n(): typeof i18next {
  const saved = localStorage.getItem(STORAGE_KEY);
  void i18next.use(initReactI18next).init({
    resources: { da: { translation: da }, en: { translation: en } },
    lng: saved === 'en' ? 'en' : 'da',
    fallbackLng: 'da',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i18next;
}

export function setLanguage(lng: 'da' | 'en'): void {
  localStorage.setItem(STORAGE_KEY, lng);
  void i18next.changeLanguage(lng);
}

/** Formulas are shown the UI's way: Danish `0,1` and `;`, or English `0.1` and `,`. */
export function formulaStyleOf(language: string): FormulaStyle {
  return language === 'en' ? 'english' : 'danish';
}
