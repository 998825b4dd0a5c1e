package id.linimasa.entity;

import id.linimasa.text.Span;

/**
 * A role a person is given in an article ("Menteri Luar Negeri" of "PRK"), dated by the article.
 *
 * @param title       the office as written, e.g. "Presiden", "juru bicara"
 * @param affiliation entity id of the state or organisation, or null
 * @param span        the apposition it came from
 */
public record Role(String title, String affiliation, Span span) {
}
