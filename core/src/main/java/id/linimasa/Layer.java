package id.linimasa;

/** The layers an {@link Analysis} can carry; stages declare which they need and which they add. */
public enum Layer { SENTENCES, MENTIONS, TIMEXES, QUOTES, EVENTS }
