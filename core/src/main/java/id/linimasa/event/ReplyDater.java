package id.linimasa.event;

import id.linimasa.extract.PublicationTime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Dates a reply the text leaves undated ("Kim juga membalas surat untuk Putin") by what bounds it: it came
 * after the dated letter it answers and before the article was published. The date is what both bounds
 * share: the day when they fall on one day, else their month or year; when they share no year the reply
 * stays undated. The publication date alone never dates it.
 */
final class ReplyDater {

    private ReplyDater() {
    }

    static List<Event> date(List<Event> events, String text, PublicationTime published) {
        if (published == null || published.date() == null) return events;
        List<Event> out = new ArrayList<>(events);
        for (int i = 0; i < out.size(); i++) {
            Event reply = out.get(i);
            if (reply.date() != null || !"letter".equals(reply.mode()) || !isReply(reply, text)
                    || reply.status() != EventStatus.ASSERTED && reply.status() != EventStatus.REPORTED) continue;
            Event answered = answered(out, i);
            if (answered == null) continue;
            String shared = shared(answered.date().value(), published.date());
            if (shared == null) continue;
            out.set(i, new Event(reply.type(), reply.mode(), reply.sources(), reply.targets(), reply.location(),
                    new EventDate(shared, Precision.ofValue(shared), null), reply.sentence(), reply.trigger(),
                    reply.confidence(), reply.status(), reply.caption(), reply.sourceEntities(), reply.targetEntities()));
        }
        return out;
    }

    private static boolean isReply(Event e, String text) {
        String trigger = e.trigger().of(text).toLowerCase();
        return trigger.startsWith("membalas") || trigger.startsWith("dibalas");
    }

    /** The last dated letter before the reply, sent the other way. */
    private static Event answered(List<Event> events, int reply) {
        Event r = events.get(reply);
        for (int k = reply - 1; k >= 0; k--) {
            Event e = events.get(k);
            if ("letter".equals(e.mode()) && e.date() != null && e.sources().equals(r.targets()) && e.targets().equals(r.sources())) return e;
        }
        return null;
    }

    /** What a date value ("2022-08-15", "2022-08", "2022") and a later day have in common, or null. */
    static String shared(String value, LocalDate until) {
        String day = until.toString();
        if (day.compareTo(value) < 0 && !day.startsWith(value)) return null; // the answered letter is dated after publication
        if (value.length() == 10 && value.equals(day)) return value;
        if (value.length() >= 7 && value.substring(0, 7).equals(day.substring(0, 7))) return value.substring(0, 7);
        if (value.substring(0, 4).equals(day.substring(0, 4))) return value.substring(0, 4);
        return null;
    }
}
