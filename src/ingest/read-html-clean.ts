/** Remove page furniture Readability tends to keep: ad slots, cookie banners, sign-up boxes, forms. */

// NOTE: not <form>: some sites (ASP.NET Web Forms) wrap the whole page, article included, in one.
const DROPPED_TAGS =
  'script, style, noscript, template, iframe, button, input, select, textarea, dialog';

// Words in a class or id that mark furniture, matched as whole words ("ad-inline" has "ad",
// "newsletter-signup" has "newsletter"), never as substrings ("head", "load", "shadow").
const FURNITURE = new Set(
  (
    'ad ads adslot advert adverts advertisement sponsored promo newsletter signup subscribe ' +
    'subscription cookie cookies consent gdpr paywall share sharing social'
  ).split(' '),
);

// NOTE: a marked element holding this much text is more likely the article wrapped in an
// unlucky class name ("story-body has-ads") than furniture, so it stays.
const MAX_FURNITURE_TEXT = 300;

function words(el: Element): string[] {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
  return names.split(/[\s_-]+/).filter((w) => w !== '');
}

/**
 * Strip furniture from a page in place, before Readability runs. Returns how many elements
 * were removed.
 */
export function removeFurniture(document: Document): number {
  let removed = 0;
  for (const el of Array.from(document.querySelectorAll(DROPPED_TAGS))) {
    el.remove();
    removed++;
  }
  for (const el of Array.from(document.querySelectorAll('[class], [id]'))) {
    if (!el.isConnected) continue;
    if (!words(el).some((w) => FURNITURE.has(w))) continue;
    if ((el.textContent ?? '').length > MAX_FURNITURE_TEXT) continue;
    el.remove();
    removed++;
  }
  return removed;
}
