import '../editions.css';
import { writeViewState, type ViewState } from '../data/url';
import { st } from '../charts/series/text';
import { currentCatalogue, currentEdition, missingEdition } from '../data/report';

/**
 * Which report the page shows: a switch when the catalogue has more than one (nothing while it has
 * one), a warning on an edition of test data, and a notice when the URL named an unknown edition.
 * Each choice is a link: switching loads the page anew, and the address names the edition.
 */
export default function EditionBar({ view }: { view: ViewState }) {
  const editions = currentCatalogue()?.editions ?? [];
  const current = currentEdition();
  const missing = missingEdition();
  const locale = view.lang;
  return (
    <div className="edition-bar">
      {editions.length > 1 && (
        <nav className="edition-switch" aria-label={st(locale, 'editions')}>
          <span>{st(locale, 'editions')}:</span>
          <ul>
            {[...editions].reverse().map((e) => (
              <li key={e.id}>
                <a
                  href={`./${writeViewState('', { ...view, edition: e.id })}`}
                  aria-current={e.id === current?.id ? 'page' : undefined}
                >
                  {e.year}
                  {e.testData ? ' ⚠' : ''}
                  <span className="visually-hidden"> {e.title[locale]}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {current?.testData && (
        <p className="test-data-banner" role="note">
          ⚠ {st(locale, 'testData')}
        </p>
      )}
      {missing && (
        <p className="edition-missing" role="status">
          {st(locale, 'missingEdition', { id: missing })}
        </p>
      )}
    </div>
  );
}
