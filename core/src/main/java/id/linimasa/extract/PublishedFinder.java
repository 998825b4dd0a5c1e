package id.linimasa.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides when an article was published and modified, cross-checking the places pages say it: JSON-LD,
 * meta variants and {@code <time>} first, the visible date line (which carries the WIB/WITA/WIT zone)
 * next, the date in the URL path as corroboration and last resort. A time without zone takes the zone of
 * the visible line (WIB, WITA, WIT); a time with another offset is told in the visible line's zone (same
 * instant), so the day a page in WIT states stays that day.
 */
final class PublishedFinder {

    /**
     * {@code zoneShown}: the page shows in which zone its times are told (a zone on its date line, or the calendar day
     * of its metadata's UTC time): they are not to be told in another.
     */
    record Dates(PublicationTime published, PublicationTime modified, boolean zoneShown) {
    }

    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|$)|/((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:/|-|\\d)");

    private PublishedFinder() {
    }

    /**
     * From metadata values (best first), the visible lines above the body (nearest last) and the metadata lines
     * right after it ({@code after}), where a few sites print "Dipublikasikan pada ..." under the article.
     */
    static Dates find(List<String> metaPublished, List<String> metaModified, List<Block> lines, List<BlockLabel> labels, List<Block> after, String url) {
        PublicationTime visiblePub = null;
        PublicationTime visibleMod = null;
        // nearest first: the date line sits just above the body, sidebar and menu dates further away
        for (int i = lines.size() - 1, seen = 0; i >= 0 && seen < 15 && (visiblePub == null || visibleMod == null); i--, seen++) {
            BlockLabel l = labels.get(i);
            if (l != BlockLabel.METADATA && l != BlockLabel.HEADING && l != BlockLabel.SHORT) continue;
            for (DateText.Found f : DateText.findAll(lines.get(i).text())) {
                if (f.modified()) {
                    if (visibleMod == null) visibleMod = f.time();
                } else if (visiblePub == null) {
                    visiblePub = f.time();
                }
            }
        }
        // below the body only a date its label calls the publication's: teasers there carry other stories' dates
        for (int i = 0; i < after.size() && visiblePub == null; i++) {
            String t = after.get(i).text();
            for (DateText.Found f : DateText.findAll(t)) {
                if (!f.modified() && PUBLISHED_LABEL.matcher(t.substring(Math.max(0, f.start() - 40), f.start())).find()) {
                    visiblePub = f.time();
                    break;
                }
            }
        }
        PublicationTime published = first(metaPublished);
        PublicationTime modified = first(metaModified);
        PublicationTime zoneHint = visiblePub != null && visiblePub.offset() != null ? visiblePub : visibleMod;
        if (zoneHint == null || zoneHint.offset() == null) {
            zoneHint = zoneOfSameInstant(visiblePub, published);
            if (zoneHint == null) zoneHint = zoneOfSameInstant(visibleMod, modified);
        }
        if (zoneHint == null || zoneHint.offset() == null) zoneHint = localOffset(visiblePub, published, modified);
        if (mislabelled(published, visiblePub)) published = visiblePub;
        if (mislabelled(modified, visibleMod)) modified = visibleMod;
        LocalDate urlDate = urlDate(url);
        if (migrated(published, visiblePub, urlDate)) published = visiblePub;
        if (published == null) published = visiblePub;
        else if (visiblePub != null && richer(visiblePub, published)) published = visiblePub;
        if (published != null && urlDate != null && visiblePub != null && !published.date().equals(urlDate) && visiblePub.date().equals(urlDate)) {
            published = visiblePub;
        }
        if (published == null && urlDate != null) published = PublicationTime.ofDate(urlDate);
        if (modified == null) modified = visibleMod;
        boolean zoneShown = zoneHint != null && zoneHint.offset() != null || showsItsDay(visiblePub, published);
        return new Dates(inZone(published, zoneHint), inZone(modified, zoneHint), zoneShown);
    }

    /** Metadata dated this many days after the visible publication line was written later than the article. */
    private static final int MIGRATION_DAYS = 2;

    /**
     * Metadata rewritten when a site moved to another CMS (every article then dated the day of the move): a visible
     * publication line with its time, days before the metadata's date, wins unless the URL's date corroborates the
     * metadata. A date line after the metadata (today's date in a page header) is no publication line and never wins here.
     */
    private static boolean migrated(PublicationTime meta, PublicationTime visible, LocalDate urlDate) {
        if (meta == null || visible == null || visible.time() == null) return false;
        if (urlDate != null && !urlDate.equals(visible.date())) return false;
        return visible.date().plusDays(MIGRATION_DAYS).isBefore(meta.date());
    }

    /**
     * A visible time without zone, with metadata telling another instant in a local offset (not UTC: the site's CMS
     * writes its newsroom's clock) and no publication time of its own that disagrees: the page's clock runs in that
     * offset. The publication must not then fall after the metadata's update.
     */
    private static PublicationTime localOffset(PublicationTime visible, PublicationTime published, PublicationTime modified) {
        if (visible == null || visible.time() == null || visible.offset() != null) return null;
        if (published != null && published.time() != null) return null;
        PublicationTime meta = modified;
        if (meta == null || meta.time() == null || meta.offset() == null || meta.offset().getTotalSeconds() == 0) return null;
        OffsetDateTime seen = OffsetDateTime.of(visible.date(), visible.time(), meta.offset());
        if (seen.isAfter(OffsetDateTime.of(meta.date(), meta.time(), meta.offset()))) return null;
        return new PublicationTime(visible.date(), visible.time(), meta.offset());
    }

    /** A visible date alone that is the metadata's calendar day in the metadata's own offset (UTC on an international site's page). */
    private static boolean showsItsDay(PublicationTime visible, PublicationTime meta) {
        return visible != null && visible.time() == null && meta != null && meta.offset() != null && visible.date().equals(meta.date());
    }

    /**
     * Metadata stating the visible line's clock with another offset than the line states ("2025-03-03T20:00:00Z" beside
     * "20:00 WIB"): a CMS that labels local time as UTC. Told in the line's zone it would move to another hour, even
     * another day: the line is right. (A line without zone and the metadata's clock agree: its offset is the page's.)
     */
    private static boolean mislabelled(PublicationTime meta, PublicationTime visible) {
        return meta != null && visible != null && meta.time() != null && visible.time() != null && meta.date().equals(visible.date())
                && meta.time().getHour() == visible.time().getHour() && meta.time().getMinute() == visible.time().getMinute()
                && meta.offset() != null && visible.offset() != null && !meta.offset().equals(visible.offset());
    }

    private static final Pattern PUBLISHED_LABEL = Pattern.compile("(?iu)(dipublikasikan|diterbitkan|terbit|ditayangkan|diunggah|published|posted)"
            + "\\W*(pada|on|tanggal)?\\W*((senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\W*)?$");

    /**
     * A visible time printed without zone ("19 Agustus 2024 07:12") that is the metadata's instant told in WIB, WITA
     * or WIT says which zone the page prints in: that one (null when none agrees).
     */
    private static PublicationTime zoneOfSameInstant(PublicationTime visible, PublicationTime meta) {
        if (visible == null || visible.time() == null || visible.offset() != null || meta == null || meta.time() == null || meta.offset() == null) return null;
        OffsetDateTime instant = OffsetDateTime.of(meta.date(), meta.time(), meta.offset());
        for (int hours = 7; hours <= 9; hours++) {
            OffsetDateTime there = instant.withOffsetSameInstant(ZoneOffset.ofHours(hours));
            if (there.toLocalDate().equals(visible.date()) && there.getHour() == visible.time().getHour() && there.getMinute() == visible.time().getMinute()) {
                return new PublicationTime(visible.date(), visible.time(), there.getOffset());
            }
        }
        return null;
    }

    private static PublicationTime first(List<String> values) {
        for (String v : values) {
            PublicationTime t = DateText.parseValue(v);
            if (t != null) return t;
        }
        return null;
    }

    /** The visible line wins when it says the same day with a time the metadata lacks (its zone is applied in any case). */
    private static boolean richer(PublicationTime visible, PublicationTime meta) {
        if (!visible.date().equals(meta.date())) return false;
        return meta.time() == null && visible.time() != null;
    }

    /**
     * A time without zone takes the visible line's; a time with another offset (metadata in UTC, "2025-02-28T15:35Z")
     * is the same instant told in the zone the page prints (WIT), so that its date is the page's date.
     */
    private static PublicationTime inZone(PublicationTime t, PublicationTime hint) {
        if (t == null || t.time() == null || hint == null || hint.offset() == null) return t;
        if (t.offset() == null) return new PublicationTime(t.date(), t.time(), hint.offset());
        if (t.offset().equals(hint.offset())) return t;
        OffsetDateTime o = OffsetDateTime.of(t.date(), t.time(), t.offset()).withOffsetSameInstant(hint.offset());
        return new PublicationTime(o.toLocalDate(), o.toLocalTime(), o.getOffset());
    }

    private static final ZoneOffset WIB = ZoneOffset.ofHours(7);

    /**
     * An Indonesian page that shows no zone and whose metadata tells UTC ("2019-10-20T02:12Z" beside "2 jam lalu"):
     * the same instant told in WIB, the zone of most of the country's newsrooms, so that its date is the one readers saw.
     */
    static PublicationTime inIndonesianZone(PublicationTime t) {
        if (t == null || t.time() == null || !ZoneOffset.UTC.equals(t.offset())) return t;
        return inZone(t, new PublicationTime(t.date(), t.time(), WIB));
    }

    static LocalDate urlDate(String url) {
        if (url == null) return null;
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) return null;
        try {
            if (m.group(1) != null) return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            return LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
