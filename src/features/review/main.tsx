/** Entry of ?review, loaded only when that page is opened (src/main.ts). */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { readViewState } from '../../data/url';
import { ReviewPage } from './ReviewPage';
import { tr } from './messages';
import './review.css';

export function startReview(root: HTMLElement, search: string): void {
  const { lang } = readViewState(search);
  document.documentElement.lang = lang;
  document.title = tr(lang, 'title');
  createRoot(root).render(
    <StrictMode>
      <ReviewPage lang={lang} />
    </StrictMode>,
  );
}
