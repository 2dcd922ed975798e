/**
 * Chart images in the printout: drawn 760 CSS px wide, about the width of an
 * A4 portrait page inside its margins, so chart text prints near its screen
 * size; at three device pixels per CSS pixel they stay sharp (over 200 dpi)
 * even when a landscape page widens them.
 */
export const PRINT_CHART_WIDTH = 760;
export const PRINT_SCALE = 3;
