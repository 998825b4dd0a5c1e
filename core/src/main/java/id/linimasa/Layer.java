package id.linimasa;

/** The layers an {@link Analysis} can carry; stages declare which they need and which they add. */
public enum Layer { SENTENCES, TOKENS, MENTIONS, TIMEXES, QUOTES, EVENTS }
