/**
 * Where the export worker finds the chart renderer and its fonts: bundled with the app as assets
 * (the WebAssembly module and Arimo, Arial's metric twin), fetched from the app's own origin.
 */
/// <reference types="vite/client" />
import wasmUrl from '@resvg/resvg-wasm/index_bg.wasm?url';
import arimoBoldUrl from '@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf?url';
import arimoUrl from '@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf?url';
import type { RasterAssets } from '../../shared/xlsx/export/chart/svg-raster';

async function bytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

export async function bundledRasterAssets(): Promise<RasterAssets> {
  const [wasm, regular, bold] = await Promise.all([wasmUrl, arimoUrl, arimoBoldUrl].map(bytes));
  return { wasm: wasm!, fonts: [regular!, bold!], family: 'Arimo' };
}
