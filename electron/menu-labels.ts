/** The native menu speaks Danish, the product's first language, from the renderer's own dictionary. */
import { da } from '../renderer/i18n/da';

export function danishText(key: string): string {
  let node: unknown = da;
  for (const part of key.split('.')) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  if (typeof node !== 'string') throw new Error(`Menuteksten "${key}" findes ikke i da.ts.`);
  return node;
}
