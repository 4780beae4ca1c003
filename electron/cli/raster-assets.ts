/**
 * Where the CLI (and the tests, which export in Node) find the chart renderer and its fonts: the
 * WebAssembly module and Arimo (Arial's metric twin) as installed with the app's packages.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { setRasterAssets, type RasterAssets } from '../../shared/xlsx/export/chart/svg-raster';

const require = createRequire(import.meta.url);

export const CHART_FONT_FILES = ['@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf', '@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf'];

export async function nodeRasterAssets(): Promise<RasterAssets> {
  const read = async (module: string) => new Uint8Array(await readFile(require.resolve(module)));
  const [wasm, ...fonts] = await Promise.all([read('@resvg/resvg-wasm/index_bg.wasm'), ...CHART_FONT_FILES.map(read)]);
  return { wasm: wasm!, fonts, family: 'Arimo' };
}

/** Lets exports in this Node process draw their chart. */
export function installNodeRasterAssets(): void {
  setRasterAssets(nodeRasterAssets);
}
