import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** ../shared/cases beside the repository (never copied into it). */
export const casesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../shared/cases');
