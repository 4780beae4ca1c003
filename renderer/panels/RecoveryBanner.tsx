/** Offers to restore each piece of unsaved work that earlier sessions left behind: what and when. */
import { useTranslation } from 'react-i18next';
import type { Recovery } from '../../shared/host';

export function RecoveryBanner({ recoveries, onRestore, onDiscard }: { recoveries: Recovery[]; onRestore: (r: Recovery) => void; onDiscard: (r: Recovery) => void }) {
  const { t, i18n } = useTranslation();
  const when = (r: Recovery) => new Date(r.savedAt).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'da-DK');
  return (
    <div className="banner recovery" role="alert" data-testid="recovery-banner">
      <strong>{t('files.recoveryTitle')}</strong>
      <ul>
        {recoveries.map((r) => (
          <li key={r.id} data-testid="recovery-item">
            {t('files.recoveryItem', { title: r.title || t('app.untitled'), file: r.file?.name ?? t('files.neverSaved'), when: when(r) })}
            <button type="button" className="primary" data-testid="recovery-restore" onClick={() => onRestore(r)}>{t('messages.restore')}</button>
            <button type="button" data-testid="recovery-discard" onClick={() => onDiscard(r)}>{t('messages.discard')}</button>
          </li>
        ))}
      </ul>
    </div>
  );
}
