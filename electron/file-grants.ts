/**
 * The paths the renderer may name. A renderer can only open or overwrite a path that the user
 * picked in a dialog, that came from the recent-files list, or that the OS asked us to open; a
 * compromised page cannot read or overwrite any other file by sending its path.
 */
import { pathKey } from './files/recent-files';

export interface FileGrants {
  grant(filePath: string): void;
  isGranted(filePath: string): boolean;
}

export function createFileGrants(platform: NodeJS.Platform = process.platform): FileGrants {
  const granted = new Set<string>();
  return {
    grant: (filePath) => void granted.add(pathKey(filePath, platform)),
    isGranted: (filePath) => granted.has(pathKey(filePath, platform)),
  };
}
