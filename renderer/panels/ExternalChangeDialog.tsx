/**
 * Asked when a save finds the file changed on disk since it was opened or last saved: reload
 * theirs, overwrite with ours (theirs becomes the .bak), or save ours elsewhere. Each button says
 * what happens to which version, since one of the choices throws work away.
 */
import { useTranslation } from 'react-i18next';
import type { ExternalChange, ExternalChangeChoice } from '../state/file-flow';

const CHOICES = [
  ['reload', 'files.reload', 'files.reloadHint'],
  ['overwrite', 'files.overwrite', 'files.overwriteHint'],
  ['saveAs', 'files.saveAs', 'files.saveAsHint'],
] as const;

export function ExternalChangeDialog({ change, onChoose }: { change: ExternalChange; onChoose: (choice: ExternalChangeChoice) => void }) {
  const { t, i18n } = useTranslation();
  const when = new Date(change.modifiedAt).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'da-DK');
  return (
    <div className="dialog-backdrop" role="presentation">
      <div className="dialog" role="alertdialog" aria-modal="true" aria-label={t('files.changedTitle')} data-testid="external-change-dialog">
        <h2>{t('files.changedTitle')}</h2>
        <p>{t('files.changedBody', { name: change.file.name, when })}</p>
        {CHOICES.map(([choice, label, hint]) => (
          <p className="choice" key={choice}>
            <button type="button" className={choice === 'saveAs' ? 'primary' : undefined} data-testid={`external-change-${choice}`} onClick={() => onChoose(choice)}>
              {t(label)}
            </button>
            <span className="muted">{t(hint, { name: change.file.name })}</span>
          </p>
        ))}
        <div className="button-row end">
          <button type="button" onClick={() => onChoose('cancel')}>{t('files.cancel')}</button>
        </div>
      </div>
    </div>
  );
}
