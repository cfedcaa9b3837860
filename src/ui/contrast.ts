/**
 * Contrast that a host's colours cannot break: CSS expressions that bound a colour's WCAG
 * relative luminance, and the bounds each theme needs.
 *
 * Why CSS and not JS: a host sets `--bw-color-primary` anywhere (`:root`, a class on `body`,
 * a media query, its own theme switch) and may change it at any time; the browser resolves it
 * per element, so only CSS sees the value that really applies, at once and with no observer.
 *
 * Why relative colour syntax in `srgb-linear`, not a `color-mix()` percentage or an OKLCH
 * lightness: WCAG luminance is a weighted sum of the linear-light channels
 * (Y = 0.2126 R + 0.7152 G + 0.0722 B). In `srgb-linear`, scaling the channels by k scales Y by
 * exactly k (hue and saturation kept), and mixing with white by t gives exactly Y + t (1 - Y).
 * So the bound holds for every colour a host can write, and a colour that already meets it is
 * left exactly as it is. A fixed `color-mix()` percentage either fails some colours or washes
 * out all of them; OKLCH lightness only approximates luminance and leaves gamut mapping to the
 * browser. Channels are clamped to [0, 1] first, so the colour measured is the colour painted.
 */

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG 2 contrast ratio of two luminances. */
export function contrastRatio(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** The highest luminance a colour may have to reach `ratio` on each of these (lighter) luminances. */
export function maxLuminanceOn(backgrounds: readonly number[], ratio: number): number {
  return (Math.min(...backgrounds) + 0.05) / ratio - 0.05;
}

/** The lowest luminance a colour must have to reach `ratio` on each of these (darker) luminances. */
export function minLuminanceOn(backgrounds: readonly number[], ratio: number): number {
  return ratio * (Math.max(...backgrounds) + 0.05) - 0.05;
}

/**
 * The luminance bounds each theme designs for (written out as THEME_LUMINANCE_BOUNDS in
 * src/ui/theme.ts): WCAG's 4.5:1 (AA) and 7:1 (AAA) with a little room (4.6, 7.2), so that
 * rounding the colour to 8 bits per channel on screen never takes it below.
 */
export function themeLuminanceBounds() {
  const AA = 4.6;
  const AAA = 7.2;
  const lightSurfaces = ['#ffffff', '#f3f4f6'].map(luminance);
  const darkSurfaces = ['#111827', '#1f2937'].map(luminance);
  // Light: the brand colour dark enough for text on the surfaces, its text colour light enough on it.
  const lightPrimaryMax = maxLuminanceOn(lightSurfaces, AA);
  // Dark: the brand colour light enough on the dark surfaces, its text colour dark enough on it.
  const darkPrimaryMin = minLuminanceOn(darkSurfaces, AA);
  // High contrast (black surfaces): 9:1 for the brand colour leaves room for a near-black text at 7:1 on it.
  const highContrastPrimaryMin = minLuminanceOn([0], 9);
  return {
    lightPrimaryMax,
    lightOnPrimaryMin: minLuminanceOn([lightPrimaryMax], AA),
    darkPrimaryMin,
    darkOnPrimaryMax: maxLuminanceOn([darkPrimaryMin], AA),
    highContrastPrimaryMin,
    highContrastOnPrimaryMax: maxLuminanceOn([highContrastPrimaryMin], AAA),
  };
}

const EPSILON = 0.000001;
const LUMINANCE = '(0.2126 * r + 0.7152 * g + 0.0722 * b)';
const fixed = (value: number) => value.toFixed(6);

/** `colour` with each linear channel `c` replaced by `map(c)`. */
const mapChannels = (colour: string, map: (c: string) => string) => `color(from ${colour} srgb-linear calc(${map('r')}) calc(${map('g')}) calc(${map('b')}))`;

/** `colour` in the sRGB gamut, its linear channels clamped to [0, 1]: what is measured next is what is painted. */
const inGamut = (colour: string) => `color(from ${colour} srgb-linear clamp(0, r, 1) clamp(0, g, 1) clamp(0, b, 1))`;

/**
 * CSS for `colour` (any CSS colour, `var()` included) darkened until its luminance is at most
 * `max`: its linear channels scaled down together. Unchanged when it already is that dark.
 */
export function atMostLuminance(colour: string, max: number): string {
  return mapChannels(inGamut(colour), (c) => `${c} * min(1, ${fixed(max)} / max(${LUMINANCE}, ${EPSILON}))`);
}

/**
 * CSS for `colour` lightened until its luminance is at least `min`: first its linear channels
 * scaled up together (hue and saturation kept) until one of them is full, then mixed with
 * white for what is still missing. Unchanged when it already is that light.
 */
export function atLeastLuminance(colour: string, min: number): string {
  const target = fixed(min);
  const scaled = mapChannels(inGamut(colour), (c) => `min(1, ${c} * max(1, min(${target} / max(${LUMINANCE}, ${EPSILON}), 1 / max(r, g, b, ${EPSILON}))))`);
  return mapChannels(scaled, (c) => `${c} + (1 - ${c}) * max(0, (${target} - ${LUMINANCE}) / max(1 - ${LUMINANCE}, ${EPSILON}))`);
}

/** Relative colour syntax with `srgb-linear`, which the bounds above need. */
export const SUPPORTS_LUMINANCE_BOUNDS = 'color: color(from red srgb-linear calc(r * 0.5) g b)';
