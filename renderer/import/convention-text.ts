/**
 * The sentence under the preview's sign-convention switch: what the importer read the convention
 * from (the table's arithmetic, a stated payback line, the signs or names of its rows), or that
 * the user chose it.
 */
import type { TFunction } from 'i18next';
import type { ImportedTable } from '../../shared/xlsx/import/analyse-table';

export function conventionBasisText(t: TFunction, convention: ImportedTable['convention']): string {
  const { value, inferred } = convention;
  if (value !== inferred.convention) return t('importXlsx.conventionBasis.chosen', { inferred: t(`caseInfo.${inferred.convention}`).toLowerCase() });
  const basis = inferred.basis;
  switch (basis.kind) {
    case 'arithmetic': {
      const terms = basis.terms.map((term, i) => `${i === 0 ? (term.sign < 0 ? '−' : '') : term.sign < 0 ? ' − ' : ' + '}${term.label}`).join('');
      return t('importXlsx.conventionBasis.arithmetic', { equation: `${basis.result} = ${terms}${moreRows(t, basis.more)}` });
    }
    case 'payback':
      return t('importXlsx.conventionBasis.payback', { row: basis.row, stated: basis.stated });
    case 'signs':
      return t('importXlsx.conventionBasis.signs', { rows: basis.rows.join(', ') + moreRows(t, basis.more) });
    case 'label':
      return t('importXlsx.conventionBasis.label', { row: basis.row });
    default:
      return t('importXlsx.conventionBasis.default');
  }
}

function moreRows(t: TFunction, count: number): string {
  return count > 0 ? ` ${t('importXlsx.moreTerms', { count })}` : '';
}
