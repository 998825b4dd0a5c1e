package id.linimasa.time;

/** TimeML TIMEX3 types. */
public enum TimexType { DATE, TIME, DURATION, SET }
