import svgToDataUri from 'mini-svg-data-uri';
import svg from '../../public/favicon.svg?raw';

/**
 * The site's icon (`public/favicon.svg`, the owner's) written into every page, so a first visit on a slow
 * phone makes no request for it: fetched as a file, it started before the first paint and delayed it.
 */
export const ICON_DATA_URI = svgToDataUri(svg.trim());
