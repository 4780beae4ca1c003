/** Offers to restore unsaved work that an earlier session left behind. */
import { useTranslation } from 'react-i18next';
import type { Recovery } from '../../shared/host';

export function RecoveryBanner({ recovery, onRestore, onDiscard }: { recovery: Recovery; onRestore: () => void; onDiscard: () => void }) {
  const { t, i18n } = useTranslation();
  const when = new Date(recovery.savedAt).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'da-DK');
  return (
    <div className="banner" role="alert" data-testid="recovery-banner">
      {t('messages.recoveryOffer', { when, title: recovery.title || t('app.untitled') })}
      <button type="button" className="primary" data-testid="recovery-restore" onClick={onRestore}>{t('messages.restore')}</button>
      <button type="button" onClick={onDiscard}>{t('messages.discard')}</button>
    </div>
  );
}
