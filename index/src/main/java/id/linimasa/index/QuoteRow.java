package id.linimasa.index;

import id.linimasa.quote.Quote;

/** A quote with the article it appears in. */
public record QuoteRow(Quote quote, String articleId, String title, String outlet, String published) {
}
