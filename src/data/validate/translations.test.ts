import { expect } from '@open-wc/testing';
import { validateDataset } from './index.js';
import { dataset, event, expectProblem, errors } from '../../../test/helpers/data.js';

const withTranslations = (translations: unknown) =>
  validateDataset(dataset({ events: [event({ id: 'a' })], translations }));

describe('validateDataset(input) translations', () => {
  it('keeps translations by language tag, of the dataset’s own ids', () => {
    const result = withTranslations({
      es: { title: 'Historia', events: { a: { title: 'Voto' } } },
    });
    expect(errors(result)).to.deep.equal([]);
    expect(result.dataset!.translations).to.deep.equal({
      es: { title: 'Historia', events: { a: { title: 'Voto' } } },
    });
  });

  it('drops words for an id the dataset does not have, quietly: a translation adds nothing', () => {
    const result = withTranslations({ es: { events: { zz: { title: 'Nada' } } } });
    expect(result.problems).to.deep.equal([]);
    expect(result.dataset!.translations).to.equal(undefined);
  });

  it('refuses a tag that is not a language and a word that is not text', () => {
    const bad = withTranslations({ 'not a tag!': {}, es: { title: 7 } });
    expectProblem(bad, 'translations.not a tag!', 'error', 'is not a language tag');
    expectProblem(bad, 'translations.es.title', 'error', 'must be text');
  });

  it('refuses translations that are not an object', () => {
    expectProblem(withTranslations(['es']), 'translations', 'error', 'object by language');
  });
});
