/** Helpers for tests that break a saved file on purpose. */
import { serializeCase } from '../../../shared/file/save';
import type { Case } from '../../../shared/model/case';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The file of `c` as plain JSON, to edit before writing it back with JSON.stringify. */
export function fileJson(c: Case): { [key: string]: Json } {
  return JSON.parse(serializeCase(c)) as { [key: string]: Json };
}

/** Reads `path` (keys and indices) in parsed JSON; throws when a test names a path that is not there. */
export function at(json: Json, ...path: Array<string | number>): Json {
  let node: Json = json;
  for (const key of path) {
    const next: Json | undefined = Array.isArray(node) ? node[Number(key)] : node !== null && typeof node === 'object' ? node[String(key)] : undefined;
    if (next === undefined) throw new Error(`test path ${path.join('.')} is not in the file`);
    node = next;
  }
  return node;
}

/** `at` for the objects and arrays a test then changes in place. */
export function objectAt(json: Json, ...path: Array<string | number>): { [key: string]: Json } {
  const node = at(json, ...path);
  if (node === null || typeof node !== 'object' || Array.isArray(node)) throw new Error(`test path ${path.join('.')} is not an object`);
  return node;
}

export function arrayAt(json: Json, ...path: Array<string | number>): Json[] {
  const node = at(json, ...path);
  if (!Array.isArray(node)) throw new Error(`test path ${path.join('.')} is not an array`);
  return node;
}
