/** Inter, bundled (no CDN): registered through the FontFace API so the canvas can draw with it too. */
import interRegular from '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf?url';
import interSemiBold from '@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf?url';

/** Load the fonts; resolves when they are usable (or failed, in which case system fonts are used). */
export async function loadFonts(): Promise<void> {
  const faces = [
    new FontFace('Inter', `url(${interRegular})`, { weight: '400 500' }),
    new FontFace('Inter', `url(${interSemiBold})`, { weight: '600 700' }),
  ];
  await Promise.all(
    faces.map(async (f) => {
      try {
        document.fonts.add(await f.load());
      } catch {
        // NOTE: the system font stack stands in; nothing else depends on Inter.
      }
    }),
  );
}
