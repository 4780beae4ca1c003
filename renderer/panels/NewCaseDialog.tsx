/**
 * New case: blank from a first year, or from one of the built-in templates. Unsaved work an
 * earlier session left comes first, above the choices, so it is seen before a new case replaces it.
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { blankCase } from '../../shared/model/create';
import type { Case } from '../../shared/model/case';
import { listTemplates, templateCase } from '../../shared/templates/index';

export function NewCaseDialog({ onCreate, onCancel, recovery }: { onCreate: (c: Case) => void; onCancel: () => void; recovery: ReactNode }) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<string>('blank');
  const [firstYear, setFirstYear] = useState(String(new Date().getFullYear() + 1));
  const create = () => {
    if (choice === 'blank') {
      const year = Number(firstYear);
      onCreate(blankCase(Number.isInteger(year) && year > 0 && year < 10000 ? year : new Date().getFullYear() + 1));
      return;
    }
    const c = templateCase(choice);
    if (c) onCreate(c);
  };
  return (
    <div className="dialog-backdrop" role="presentation">
      <div className="dialog" role="dialog" aria-modal="true" aria-label={t('newCase.title')} data-testid="new-case-dialog">
        {recovery}
        <h2>{t('newCase.title')}</h2>
        <label className="choice">
          <input type="radio" name="new-case" checked={choice === 'blank'} onChange={() => setChoice('blank')} />
          {t('newCase.blank')}
          <span className="inline-field">
            {t('newCase.firstYear')} <input value={firstYear} onChange={(e) => setFirstYear(e.target.value)} size={6} />
          </span>
        </label>
        <p className="subhead">{t('newCase.fromTemplate')}</p>
        {listTemplates().map((tpl) => (
          <label className="choice" key={tpl.id}>
            <input type="radio" name="new-case" value={tpl.id} data-testid={`template-${tpl.id}`} checked={choice === tpl.id} onChange={() => setChoice(tpl.id)} />
            {tpl.title} <span className="muted">({tpl.source})</span>
          </label>
        ))}
        <div className="button-row end">
          <button type="button" onClick={onCancel}>{t('newCase.cancel')}</button>
          <button type="button" className="primary" data-testid="create-case" onClick={create}>{t('newCase.create')}</button>
        </div>
      </div>
    </div>
  );
}
