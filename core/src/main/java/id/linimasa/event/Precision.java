package id.linimasa.event;

/** How precisely an event's date is known. */
public enum Precision {
    YEAR, MONTH, DAY;

    /** The precision a TIMEX3 date value carries: "2025" year, "2025-02" month, "2025-02-27..." day. */
    public static Precision ofValue(String value) {
        if (value == null || value.length() < 4) return null;
        if (value.length() == 4) return YEAR;
        if (value.length() == 7) return MONTH;
        return DAY;
    }
}
