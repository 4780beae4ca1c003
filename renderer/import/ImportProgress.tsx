/** While the worker reads the workbook: the steps so far, and Annullér; or the sentence why it could not. */
import { useTranslation } from 'react-i18next';
import type { ImportProgressStep } from '../workers/import-protocol';
import { ModalFrame } from './ModalFrame';
import './import-dialog.css';

const STEPS: ImportProgressStep[] = ['reading', 'finding', 'done'];

export function ImportProgress({ name, step, failure, onClose }: { name: string; step: ImportProgressStep | null; failure: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const reached = step ? STEPS.indexOf(step) : -1;
  return (
    <ModalFrame label={t('importXlsx.title')} testId="import-progress" className="import-progress" alert={failure !== null} onEscape={onClose}>
      <h2>{t('importXlsx.title')} <span className="muted">— {name}</span></h2>
      {failure ? (
        <div className="import-failure" data-testid="import-failure">
          <p><strong>{t('importXlsx.failed', { name })}</strong></p>
          <p>{failure}</p>
          <p className="muted">{t('importXlsx.unchanged')}</p>
        </div>
      ) : (
        <>
          <div className="import-bar" aria-hidden="true"><span /></div>
          <ol className="import-steps" aria-live="polite">
            {STEPS.map((s, i) => (
              <li key={s} className={i < reached ? 'done' : i === reached ? 'now' : 'later'} data-step={s}>{t(`importXlsx.${s}`)}</li>
            ))}
          </ol>
        </>
      )}
      <div className="button-row end">
        <button type="button" data-testid="import-close" onClick={onClose}>{failure ? t('importXlsx.close') : t('importXlsx.cancel')}</button>
      </div>
    </ModalFrame>
  );
}
