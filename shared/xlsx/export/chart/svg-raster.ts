/**
 * SVG -> PNG with resvg (a real SVG renderer, compiled to WebAssembly so the same code runs in
 * Node and in the export's Web Worker) and the fonts the app ships. Where the WebAssembly module
 * and the fonts come from differs by host (a file in Node, a bundled asset in the browser), so
 * each host names its loader once at start-up; the first export loads them, later ones reuse them.
 */
import { initWasm, Resvg } from '@resvg/resvg-wasm';

export interface RasterAssets {
  /** The bytes of @resvg/resvg-wasm's index_bg.wasm. */
  wasm: Uint8Array;
  /** TrueType fonts of one family (regular and bold). */
  fonts: Uint8Array[];
  /** Their family, used for sans-serif and for any family the SVG names that is not loaded. */
  family: string;
}

let loader: (() => Promise<RasterAssets>) | null = null;
let loading: Promise<void> | null = null;
let loaded: RasterAssets | null = null;

/** Names where this host finds the renderer and its fonts (each host once, before exporting). */
export function setRasterAssets(load: () => Promise<RasterAssets>): void {
  loader = load;
}

/** Loads the renderer and the fonts once; later calls wait for the same load. */
export function loadRaster(): Promise<void> {
  const load = loader;
  if (!load) return Promise.reject(new Error('Diagrammet kan ikke tegnes, fordi programmet ikke har angivet, hvor tegnemotoren findes.'));
  loading ??= (async () => {
    const assets = await load();
    await initWasm(assets.wasm);
    loaded = assets;
  })();
  // A failed load may be tried again at the next export.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

/** The picture of `svg` at `scale` times its size (after `loadRaster`). */
export function svgToPng(svg: string, scale: number): Uint8Array {
  if (!loaded) throw new Error('Diagrammet kan ikke tegnes, fordi tegnemotoren ikke er indlæst.');
  const { fonts, family } = loaded;
  const resvg = new Resvg(svg, {
    // No background of resvg's own: the chart paints its white background itself.
    fitTo: { mode: 'zoom', value: scale },
    font: { fontBuffers: fonts, loadSystemFonts: false, defaultFontFamily: family, sansSerifFamily: family },
  });
  try {
    const image = resvg.render();
    try {
      return image.asPng();
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}
