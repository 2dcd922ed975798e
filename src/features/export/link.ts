/** A link to one chart: the page's section, language and theme, and the card's anchor (src/data/url.ts). */
export { chartLink } from '../../data/url';

export { copyToClipboard } from '../../components/clipboard';
