/** The native `.budgetnotat` file format: versioned JSON, validated on load, migrated forward. */
export { loadCaseFile, type LoadResult } from './load';
export { serializeCase } from './save';
export { caseFileSchema, caseSchema, FILE_FORMAT, type CaseFile } from './schema';
export { MIGRATIONS, migrateToCurrent, type Migration } from './migrations';
