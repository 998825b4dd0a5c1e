package id.linimasa.quote;

import id.linimasa.text.Span;

/**
 * What someone said. {@code span} covers the quoted words; {@code speakerSpan} the name they are attributed
 * to (null when the speaker is not named).
 *
 * @param direct    true for words in quotation marks, false for reported speech ("X mengatakan bahwa ...")
 * @param speakerId linked entity id of the speaker, or null
 * @param role      the speaker's role in this article ("juru bicara Kremlin"), or null
 */
public record Quote(Span span, String text, boolean direct, Span speakerSpan, String speaker, String speakerId, String role) {
}
