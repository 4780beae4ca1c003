/** Every test file may export a workbook: the chart renderer loads from node_modules when first used. */
import { installNodeRasterAssets } from '../../../electron/cli/raster-assets';

installNodeRasterAssets();
