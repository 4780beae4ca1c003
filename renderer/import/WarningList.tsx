/** The importer's warnings (the workbook's, or a table's), under one heading; nothing when there are none. */
import { useTranslation } from 'react-i18next';

export function WarningList({ warnings, testId }: { warnings: string[]; testId: string }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <div className="import-warnings" data-testid={testId}>
      <h3>{t('importXlsx.warningsTitle')}</h3>
      <ul>{warnings.map((w) => <li key={w}>{w}</li>)}</ul>
    </div>
  );
}
