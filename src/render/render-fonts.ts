/** The font pictures are rasterised and printed with: Inter, shipped by an npm package, never the system's. */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface FontFiles {
  readonly regular: string;
  readonly bold: string;
}

// NOTE: resvg and PDFKit need TrueType/OpenType files (not the woff2 most font packages ship);
// @expo-google-fonts/inter ships Inter as .ttf, so PNG and PDF look the same on every machine.
/** Paths of the Inter regular and bold font files. */
export function fontFiles(): FontFiles {
  return {
    regular: require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
    bold: require.resolve('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'),
  };
}
