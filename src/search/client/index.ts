/**
 * Everything search needs after first use, as one lazily loaded chunk: the header loader and the
 * /search/ page both import this dynamically, so neither pulls in a shared chunk (or Vite's preload helper) up front.
 */
export { openSearchDialog } from './dialog.ts';
export { mountSearchPage } from './page.ts';
