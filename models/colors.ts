/** Colours of charts, on screen and on paper. */
/** Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
export const COLORS = { current: '#999999', proposed: '#0072B2', gain: '#009E73', lose: '#D55E00', same: '#CCCCCC', accent: '#E69F00', band: '#56B4E9', ink: '#1a1a1a' };

/** Colours of schemes: today is grey, each scheme keeps the colour it was given. */
export const SCHEME_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#000000', '#F0E442'];

/** A scheme's colour (its own, kept as other schemes come and go). */
export const schemeColor = (color: number | undefined) => SCHEME_COLORS[(color ?? 0) % SCHEME_COLORS.length]!;

/** An outline for light colours (the yellow), so bars and marks stay visible on white. */
export const outlineFor = (hex: string) => (hex === '#F0E442' ? '#8a8000' : undefined);
