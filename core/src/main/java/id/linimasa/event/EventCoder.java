package id.linimasa.event;

import id.linimasa.Analysis;
import id.linimasa.Layer;
import id.linimasa.Stage;
import id.linimasa.entity.EntityType;
import id.linimasa.entity.Mention;
import id.linimasa.event.ActorFinder.SentenceWords;
import id.linimasa.event.ActorFinder.Side;
import id.linimasa.event.EventPattern.Frame;
import id.linimasa.event.Words.Word;
import id.linimasa.quote.Quote;
import id.linimasa.text.Sentence;
import id.linimasa.text.Span;
import id.linimasa.text.WordSet;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Codes sentence-level PLOVER events: finds triggers with the {@link EventLexicon}, their actors with the
 * {@link ActorFinder}, their date with the {@link EventDater} and their status with {@link StatusCues}.
 * A trigger with no linked actor on either side codes nothing: the timeline is about who did what.
 */
public final class EventCoder implements Stage {

    private static final Set<String> PARTNER = WordSet.of("dengan", "ke", "kepada", "terhadap", "atas", "untuk");
    private static final Set<String> AGENT = WordSet.of("oleh");
    private static final Set<String> DESTINATION = WordSet.of("ke", "kepada");
    /** "pesan dari Kim": after a letter or message, "dari" names its author, not its recipient. */
    private static final Set<String> AUTHOR = WordSet.of("dari");
    /** Words after a noun that make it refer back to an event already told ("pertemuan itu"). */
    private static final Cue BACK_REFERENCE = Cue.of("ini", "itu", "tersebut", "tadi");
    /** Nouns for a meeting or call that "itu" or "tersebut" may refer back to ("dalam percakapan itu"). */
    private static final Set<String> MEETING_NOUNS = WordSet.of("pertemuan", "kunjungan", "pembicaraan", "kesempatan",
            "percakapan", "perbincangan", "perundingan", "jamuan", "lawatan", "dialog");
    /** Nouns for any act told before: "dalam pertukaran itu" is dated by the last act the text dated. */
    private static final Set<String> ACT_NOUNS = WordSet.of("pertukaran", "serangan", "operasi", "insiden", "peristiwa",
            "upacara", "penandatanganan", "peluncuran");
    /** Passives that say who was present at an act ("disaksikan", "dihadiri"). */
    private static final Set<String> ATTENDED = WordSet.of("disaksikan", "dihadiri");
    private static final Set<String> MEETERS = WordSet.of("pemimpin", "menteri", "presiden", "delegasi", "kepala", "menlu", "diplomat",
            "pihak");
    private static final Cue SIDELINES = Cue.of("sela", "sela-sela", "sela–sela");
    private static final Cue SUMMITS = Cue.of("ktt", "konferensi", "sidang", "forum", "kongres");
    /** Nouns for an occasion that "yang sama" refers back to ("dalam pernyataan yang sama"). */
    private static final Cue OCCASIONS = Cue.of("pernyataan", "kesempatan", "keterangan", "acara", "pidato",
            "konferensi", "jumpa", "pertemuan", "rapat", "sidang");
    private static final Cue WITHIN = Cue.of("dalam", "pada", "selama", "saat", "ketika");
    /** Words after an event noun that show no actors follow: a back-reference, or a place or time. */
    private static final Cue NOT_ACTORS = Cue.of("ini", "itu", "tersebut", "tadi", "di", "pada", "yang", "selama");
    /** A verb right after these describes a manner or an aim, not an event ("dalam membantu"). */
    private static final Set<String> NOT_AN_EVENT = WordSet.of("dalam", "cara", "upaya", "kewenangan", "wewenang",
            "keputusan");
    private static final Set<String> CONDITIONS = WordSet.of("jika", "bila", "apabila", "kalau", "jikalau");
    private static final Set<String> CATCH = WordSet.of("menangkap", "ditangkap", "tangkap");
    private static final Set<String> CATCHES = WordSet.of("ikan", "udang", "kepiting", "cumi", "cumi-cumi", "lobster");
    /** A noun after these is a proposal or a prospect, not an event ("tawaran perundingan"). */
    private static final Set<String> PROPOSED = WordSet.of("tawaran", "usulan", "rencana", "ajakan", "undangan",
            "proposal", "kemungkinan", "prospek", "wacana", "gagasan", "permintaan", "tuntutan", "seruan", "desakan",
            "permohonan", "imbauan");

    /** How near its opening mark a quoted verb is read as part of the sentence around the quote. */
    private static final int OPENING_REACH = 2;
    /** Verbs whose object is the subject of the clause that follows them. */
    private static final Set<Plover> COMPLEMENT_TAKING = Set.of(Plover.ACCUSE, Plover.REQUEST);
    /** Verbs whose complement is an act not yet done, told by them: "sepakat saling membantu", "mendesak X membebaskan Y". */
    private static final Set<Plover> FOLDS_COMPLEMENT = Set.of(Plover.AGREE, Plover.REQUEST, Plover.REJECT);
    /** Words before an object-first passive that make it the reason for another act ("berterima kasih atas bantuan yang diberikan"). */
    private static final Set<String> REASON = WordSet.of("atas", "berkat");
    /** Hazards an emergency can be declared over ("status darurat sampah"): civil administration, not coercion. */
    private static final Set<String> HAZARDS = WordSet.of("sampah", "kekeringan", "banjir", "bencana", "kebakaran", "asap", "polusi",
            "gempa", "tsunami", "longsor", "kesehatan", "wabah", "pangan", "air", "energi", "listrik", "iklim", "dbd", "demam", "pandemi");
    /** Modes of an accusation that judge an act rather than say it was done to the accuser. */
    private static final Set<String> CONDEMNING = WordSet.of("condemn", "criticize");
    /** Acts of force done to someone. */
    private static final Set<Plover> DONE_TO = Set.of(Plover.ASSAULT, Plover.COERCE, Plover.SANCTION);
    /** Verbs that say little but that their subject does the act the noun after them names. */
    private static final Set<String> LIGHT_VERBS = WordSet.of("melakukan", "mengadakan", "menggelar", "melancarkan",
            "melaksanakan", "menjalankan");
    /** Verb endings of a denial, which answers what was said or done against the denier. */
    private static final List<String> DENIALS = List.of("bantah", "sangkal", "tepis");
    /** How far after a reaction a demonstrative shows it answers something told before ("menolak perintah tersebut"). */
    private static final int DEMONSTRATIVE_REACH = 4;
    /** Words that end a complement: what follows them is a clause of its own. */
    private static final Cue CLAUSE_BREAK = Cue.of(",", ";", ":", "dan", "serta", "lalu", "kemudian", "bahwa",
            "agar", "supaya", "sehingga", "namun", "tetapi", "setelah", "sebelum", "ketika", "saat");
    /** How many words may stand between a verb and its complement ("meminta sekutu Barat mengirim"). */
    private static final int COMPLEMENT_REACH = 6;
    /** How many words may stand between a verb and the event noun that is its object ("mengutuk serangan Israel"). */
    private static final int OBJECT_NOUN_REACH = 2;
    /** Passives whose object is the actor's own means (troops, aid, missiles, letters): its owner is the source. */
    private static final Set<Plover> OWNER_ACTS = Set.of(Plover.MOBILIZE, Plover.AID, Plover.ASSAULT, Plover.CONSULT,
            Plover.RETREAT);
    /** Words between a di- verb and its agent named without "oleh" ("diserang pesawat nirawak Rusia"). */
    private static final int AGENT_REACH = 3;
    private static final Cue NOT_AGENT = Cue.of("di", "ke", "dari", "pada", "sejak", "dalam", "kepada", "terhadap",
            "dengan", "untuk", "atas", "oleh", "antara", "selama");
    /** Verbs whose object is an act: they are aimed at whom that act is ("mengancam menghentikan gas ke X"). */
    private static final Set<Plover> ACT_OBJECT = Set.of(Plover.THREATEN);
    /** Acts done by summoning an envoy. */
    private static final Set<Plover> SUMMONED_FOR = Set.of(Plover.PROTEST, Plover.REQUEST, Plover.ACCUSE);
    /** Hostile acts, at whose target a threat going on from one is aimed; a threat after a meeting or aid is not. */
    private static final Set<Plover> THREAT_AIMED_AFTER = Set.of(Plover.ACCUSE, Plover.THREATEN, Plover.PROTEST, Plover.REJECT,
            Plover.SANCTION, Plover.MOBILIZE, Plover.COERCE, Plover.ASSAULT);

    private final EventLexicon lexicon;

    public EventCoder() {
        this(EventLexicon.standard());
    }

    public EventCoder(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.MENTIONS, Layer.TIMEXES);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.EVENTS);
    }

    @Override
    public Analysis apply(Analysis analysis) {
        Words tokens = new Words(analysis.tokens());
        ActorFinder actors = new ActorFinder(analysis, tokens.text());
        EventDater dater = new EventDater(analysis, tokens);
        List<Event> out = new ArrayList<>();
        EventDate lastMeeting = null, lastAct = null;
        Event lastVisit = null;
        for (Sentence sentence : analysis.sentences()) {
            List<Word> words = tokens.in(sentence.span());
            List<EventLexicon.Match> matches = named(lexicon.find(words), words);
            // most sentences tell no event and say nothing: their actors are not looked for
            if (matches.isEmpty() && !sentence.caption() && !StatementFinder.speaks(words)) continue;
            SentenceWords sw = actors.words(sentence.span(), words);
            boolean[] quoted = quoted(words, analysis.quotes());
            if (matches.isEmpty()) {
                if (sentence.caption()) CaptionMeeting.find(actors, dater, sw, sentence).map(e -> asVisit(out, e)).ifPresent(out::add);
                else StatementFinder.find(actors, dater, sw, sentence, quoted, List.of()).ifPresent(out::add);
                continue;
            }
            EventDate referredTo = referredTo(words, lastMeeting, lastAct);
            List<Integer> starts = matches.stream().map(EventLexicon.Match::verb).toList();
            Side previous = Side.NONE, accuser = Side.NONE;
            int before = out.size();
            // the match after a body's own decision ("DPRD sepakat menggunakan hak angket"), coded as the act it decides
            int decided = -1;
            for (int k = 0; k < matches.size(); k++) {
                EventLexicon.Match m = matches.get(k);
                EventPattern p = m.pattern();
                if (k > 0 && k != decided && complementOf(matches.get(k - 1), m, words) || samePurpose(matches.subList(0, k), m, words)
                        || protestDemand(actors, matches.subList(0, k), m, sw) || toldProtest(matches.subList(k + 1, matches.size()), m, words)) continue;
                // "atas bantuan yang diberikan": the object of a reason names an act told before
                if (p.passive() && p.verb() > 0 && m.start() > 0 && REASON.contains(words.get(m.start() - 1).lower())) continue;
                // "mengumumkan status darurat sampah": an emergency declared over a hazard restricts no one
                if (p.type() == Plover.COERCE && m.end() < words.size() && words.get(m.end() - 1).is("darurat")
                        && HAZARDS.contains(words.get(m.end()).lower())) continue;
                int verb = m.verb();
                int from = regionStart(quoted, verb), to = regionEnd(quoted, verb);
                // "membebaskan seorang warga Prancis yang ditahan ...", "peretas yang didukung Rusia": a relative passive
                // describes this verb's object, and does not end it
                int n = k + 1;
                while (n < matches.size() && relativePassive(matches.get(n), words)) n++;
                EventLexicon.Match next = n < matches.size() ? matches.get(n) : null;
                // "mengutuk serangan Israel ke Suriah": the noun is the verb's object, its actors the verb's target
                boolean objectNoun = next != null && p.frame() != Frame.NOUN && next.pattern().frame() == Frame.NOUN
                        && next.start() - m.end() <= OBJECT_NOUN_REACH;
                int stop = Math.min(to, next != null && !objectNoun ? next.start() : to);

                // "menuding ASEAN mencampuri urusannya dan menolak ...": after the accused's act, "dan" goes back to the accuser
                // "meminta Myanmar menindak ... saat bertemu Duta Besar Myanmar": so does a clause of time with no subject
                Side subject = !accuser.isEmpty() && (andBefore(words, m.start()) || whenBefore(words, m.start())) ? accuser : previous;
                Side[] sides = sides(actors, sw, m, from, stop, subject, quoted[verb]);
                // "Gedung Putih menyatakan Serbia mengerahkan pasukan ... dan mendesak Beograd menarik ...": a verb going on
                // from an act told as said would be done to its own doer; it goes on from the one who said it
                if (sides != null && !subject.isEmpty() && sides[0] == subject && !sides[1].isEmpty()
                        && subject.states().containsAll(sides[1].states())) {
                    Side speaker = actors.clauseSubject(sw, from, m.start());
                    if (!speaker.isEmpty() && !speaker.states().equals(subject.states())) sides = sides(actors, sw, m, from, stop, speaker, quoted[verb]);
                }
                if (sides == null || sides[0].isEmpty() && sides[1].isEmpty() && !crowdProtest(p, words, verb)) continue;
                Side source = sides[0], target = withoutSources(actors, sides[1], source);
                // "kedua negara" aimed at by one of the two states most told of names the two others it answers
                if (source.states().size() == 1 && sides[1].states().size() == 2 && sides[1].states().contains(source.states().getFirst())
                        && sides[1].equals(actors.toldPair())) {
                    Side others = actors.pairWithout(source, words.get(m.start()).start());
                    if (!others.isEmpty()) target = others;
                }
                // "DPRD sepakat menggunakan hak angket": one body agreeing with no partner decides on an act, which is the event
                if (p.type() == Plover.AGREE && !p.passive() && p.frame() == Frame.SYM && target.isEmpty() && source.named().size() == 1
                        && !actors.actsAsState(source.named().getFirst()) && k + 1 < matches.size()
                        && complementOf(m, matches.get(k + 1), words)) {
                    decided = k + 1;
                    continue;
                }
                // "sebelum bertolak ke Jakarta": travel to one's own state is going home, not a visit
                if ("visit".equals(p.mode()) && !p.passive() && !sides[1].isEmpty() && target.isEmpty()) continue;
                // "mengutuk serangan terhadap konvoi ASEAN": a reaction to an act is aimed at who did it, not at whom it was done to
                if (objectNoun && BackReference.REACTIONS.contains(p.type())
                        && actors.find(sw, next.end(), firstName(sw, next.end()), PARTNER) >= 0) target = Side.NONE;
                // "pejabat Peru yang dituduh korupsi": a passive describing a name, with no agent, tells no act of its own
                if (p.passive() && !OWNER_ACTS.contains(p.type()) && verb > 0 && words.get(verb - 1).is("yang") && source.isEmpty()) continue;
                // "keluar dari OKI" leaves a body or state; "keluar dari mobil" only steps out of a place
                if (p.type() == Plover.RETREAT && words.get(m.start()).is("keluar") && (target.isEmpty() || m.end() >= words.size()
                        || sw.mentionAt()[m.end()] == null || sw.mentionAt()[m.end()].type() == EntityType.PER)) continue;
                // "peretas yang didukung Rusia": backing told as a description of who acted, not an act
                if (p.passive() && p.type() == Plover.SUPPORT && verb > 0 && words.get(verb - 1).is("yang")) continue;
                if (target.isEmpty() && ACT_OBJECT.contains(p.type()) && !p.passive()) {
                    target = withoutSources(actors, actors.after(sw, m.end(), to), source);
                }
                // "memprotes larangan ekspor yang diberlakukan Indonesia": a reaction is aimed at who did the act it names
                if (target.isEmpty() && BackReference.REACTIONS.contains(p.type())) target = withoutSources(actors, actors.relativeAgent(sw, m.end(), stop), source);
                // "menghadiri jamuan makan malam yang digelar Presiden X": a gathering is met with whoever held it
                if (target.isEmpty() && p.type() == Plover.CONSULT && !p.passive()) target = withoutSources(actors, actors.relativeAgent(sw, m.end(), stop), source);
                if (target.isEmpty() && "diplomatic".equals(p.mode())) target = withoutSources(actors, actors.envoyHost(sw, m.end(), stop), source);
                // "Perundingan itu ditengahi oleh Qatar dan Turki": a mediation is between the sides the text told of
                if (target.isEmpty() && p.type() == Plover.CONSULT && p.passive() && p.mode() == null && !source.isEmpty()) {
                    target = withoutSources(actors, actors.toldPair(), source);
                }
                // "Dhaka memanggil komisaris tinggi India untuk menyampaikan protes": aimed at the summoned envoy's state
                if (target.isEmpty() && SUMMONED_FOR.contains(p.type())) target = withoutSources(actors, summoned(actors, sw, from, m.start()), source);
                // "mengirim surat protes kepada AFC dan FIFA, meminta agar ...": a request going on from its subject's act is
                // made to whom that act was aimed at
                // (also after "dan" when nobody is named to do it: "mengecam penahanan itu ... dan meminta agar para awak dibebaskan")
                if (target.isEmpty() && p.type() == Plover.REQUEST && !p.passive() && out.size() > before && m.start() > 0
                        && (words.get(m.start() - 1).is(",") || andBefore(words, m.start()) && m.end() < words.size()
                        && URGED.in(words.get(m.end())))) {
                    Event last = out.getLast();
                    if (last.sentence().equals(sentence.span()) && last.sources().equals(source.states()) && !last.targets().isEmpty()) {
                        target = new Side(last.targets(), last.targetEntities());
                    }
                }
                // "mengecam latihan Korea Selatan ... dan mengancam akan membalas": a threat going on from its subject's hostile
                // act with no one named is aimed at whom that act was
                if (target.isEmpty() && p.type() == Plover.THREATEN && !p.passive() && andBefore(words, m.start())) {
                    for (int j = out.size() - 1; j >= before && target.isEmpty(); j--) {
                        Event own = out.get(j);
                        if (own.sources().equals(source.states()) && !own.targets().isEmpty() && THREAT_AIMED_AFTER.contains(own.type())) {
                            target = new Side(own.targets(), own.targetEntities());
                        }
                    }
                }
                // "X menuduh Y membalas ... dengan memberikan ...": the accused or asked one does what follows
                if (p.frame() != Frame.NOUN) {
                    boolean complement = COMPLEMENT_TAKING.contains(p.type()) && !target.isEmpty();
                    // "mengkritik keputusan Kazakhstan mengundang pasukan asing dan meminta ...": the accused's own act keeps the accuser
                    boolean accusedActs = !complement && !accuser.isEmpty() && source.states().equals(previous.states());
                    previous = complement ? target : source;
                    if (!accusedActs) accuser = complement ? source : Side.NONE;
                }

                List<Integer> others = new ArrayList<>(starts);
                others.remove(Integer.valueOf(verb));
                if (objectNoun) others.remove(Integer.valueOf(next.verb()));
                boolean inQuote = quoted[verb];
                boolean contextual = !inQuote && p.frame() != Frame.NOUN;
                int complement = complementVerb(p, words, m.end(), to);
                if (complement >= 0) others.add(complement);
                // "meminta dukungan agar ... disahkan pada Oktober": a date after "agar" is the urged act's
                // "menuduh Nairobi mendukung milisi itu, tuduhan yang ditolak Kenya": the denial is dated by its own words only
                int answered = answeredClaim(p, words, verb);
                EventDater.Dated dated = dater.date(words, Math.max(from, answered), urgedFrom(words, m.end(), to),
                        Math.min(m.start(), verb), m.end() - 1, others, contextual && answered < 0, referredTo);
                // "meminta India memulangkan Hasina ..., Senin (23/12)": a request's folded act is not yet done, so a date
                // closing the sentence, which its own date gives way to, is the request's
                if (complement >= 0 && (dated == null || !dated.own()) && FOLDS_COMPLEMENT.contains(p.type())) {
                    EventDater.Dated closing = dater.closingDate(words, complement);
                    if (closing != null) dated = closing;
                }
                EventStatus status = StatusCues.status(words, from, verb, inQuote);
                if (p.frame() == Frame.NOUN) status = StatusCues.plannedNoun(words, m.end(), to, status);
                else status = StatusCues.after(words, m.end(), to, status);
                if (dated != null && dated.own() && (status == EventStatus.ASSERTED || status == EventStatus.REPORTED)) dater.anchor(dated.date());
                boolean movement = p.type() == Plover.MOBILIZE || p.type() == Plover.ASSAULT || "visit".equals(p.mode());
                String location = actors.location(sw, m.start(), m.end(), stop, movement);
                // "menyerang sembilan lokasi di Pakistan", "membantu pembangunan pelabuhan di Indonesia timur", "membuka
                // kembali kedutaan di Tel Aviv": an attack, aid or diplomatic act at a place in a state is aimed at that state
                if (aimedAtPlace(p) && target.isEmpty() && location != null && actors.actsAsState(actors.stateOf(location))
                        && !source.states().contains(actors.stateOf(location))) {
                    target = new Side(List.of(actors.stateOf(location)), List.of(location));
                }
                Span trigger = new Span(words.get(m.start()).span().start(), words.get(m.end() - 1).span().end());
                double confidence = confidence(p, source, target, dated);
                Event e = new Event(p.type(), p.mode(), source.states(), target.states(), location,
                        dated == null ? null : dated.date(), sentence.span(), trigger, confidence, status,
                        sentence.caption(), source.named(), target.named());
                e = BackReference.aim(out, e, words, m.start() + 1, to);
                // "Insiden itu dikecam oleh Amerika Serikat": a passive's subject names the act it reacts to
                if (p.passive() && e.targets().isEmpty()) e = BackReference.aim(out, e, words, from, m.start());
                e = BackReference.answer(out, e, answers(words, verb, to));
                e = againstAccuser(out, e, before);
                if (answered >= 0 && e.targets().isEmpty()) e = againstClaimant(out.subList(before, out.size()), e);
                if (e.type() == Plover.AID && e.targets().isEmpty()) e = aimedAt(e, withoutSources(actors, actors.recipient(sw, m.end(), to), source));
                if (e.type() == Plover.ASSAULT && e.targets().isEmpty()) e = aimedAt(e, withoutSources(actors, actors.victims(sw, m.end(), to), source));
                e = actors.domestic(e);
                if (e.caption()) e = asVisit(out, e);
                if (meetingOnAVisit(actors, out, e) || meetingOnToldVisit(words, e, lastVisit)) continue;
                out.add(e);
                if ("visit".equals(e.mode()) && e.status() == EventStatus.ASSERTED) lastVisit = e;
                if (e.date() != null && (status == EventStatus.ASSERTED || status == EventStatus.REPORTED)) {
                    if (p.type() == Plover.CONSULT) lastMeeting = e.date();
                    lastAct = e.date();
                }
                if (e.sources().size() == 1 && e.targets().size() == 1 && actors.actsAsState(e.sources().getFirst())
                        && actors.actsAsState(e.targets().getFirst())) actors.sawPair(e.sources().getFirst(), e.targets().getFirst(),
                        e.type() == Plover.CONSULT);
            }
            namedRequest(actors, sw, sentence, out.subList(before, out.size())).ifPresent(out::add);
            // "Putin menegaskan bahwa hubungan ... sesuai rencana ketika ia menerima kunjungan ...": a statement beside an
            // event of others; what a speaker does in the same sentence ("membantah ... dan menyebut ...") is the statement
            if (!sentence.caption()) {
                List<Integer> triggerWords = new ArrayList<>();
                for (EventLexicon.Match x : matches) for (int i = x.start(); i < x.end(); i++) triggerWords.add(i);
                List<Event> told = out.subList(before, out.size());
                StatementFinder.find(actors, dater, sw, sentence, quoted, triggerWords)
                        .filter(st -> told.stream().noneMatch(e -> e.sources().stream().anyMatch(st.sources()::contains)))
                        .ifPresent(out::add);
            }
        }
        return analysis.withEvents(ReplyDater.date(out, tokens.text(), analysis.article().published()));
    }

    /**
     * "X mengunjungi Kastelburg dan bertemu Vastan": a meeting told with the visit it was part of, by the same
     * actor at the same date, is that visit, now with whom it met. Replaces the visit in {@code out} and says so.
     */
    private static boolean aimedAtPlace(EventPattern p) {
        // "tiba di Jakarta": a visit goes to the state of the place it arrives at
        return p.type() == Plover.ASSAULT || p.type() == Plover.AID || "diplomatic".equals(p.mode()) || "visit".equals(p.mode());
    }

    /**
     * "Presiden Prabowo berjabat tangan dengan Perdana Menteri Wong", a caption of a visit the body tells: the meeting
     * pictured is that visit (same two states, same day), told with its direction.
     */
    private static Event asVisit(List<Event> out, Event meeting) {
        if (meeting.type() != Plover.CONSULT || !"meet".equals(meeting.mode()) || meeting.date() == null) return meeting;
        Set<String> sides = new LinkedHashSet<>(meeting.sources());
        sides.addAll(meeting.targets());
        for (Event v : out) {
            if (!"visit".equals(v.mode()) || v.caption() || v.date() == null || !v.date().value().equals(meeting.date().value())) continue;
            Set<String> visitSides = new LinkedHashSet<>(v.sources());
            visitSides.addAll(v.targets());
            if (!visitSides.equals(sides)) continue;
            return new Event(v.type(), v.mode(), v.sources(), v.targets(), meeting.location(), meeting.date(), meeting.sentence(),
                    meeting.trigger(), meeting.confidence(), meeting.status(), meeting.caption(), v.sourceEntities(), v.targetEntities());
        }
        return meeting;
    }

    /** The event aimed at the side, or as it was when the side is empty. */
    private static Event aimedAt(Event e, Side target) {
        if (target.isEmpty()) return e;
        return new Event(e.type(), e.mode(), e.sources(), target.states(), e.location(), e.date(), e.sentence(), e.trigger(),
                e.confidence(), e.status(), e.caption(), e.sourceEntities(), target.named());
    }

    /**
     * "mengirim tim ... atas permintaan Basarnas", "Atas permintaan Pemerintah Malaysia, rombongan ... membawa": a request
     * the sentence's act answers, named by its maker right after "atas permintaan", is made to the one the act is by.
     * Undated (it was made before the act told), reported when that act is.
     */
    private static Optional<Event> namedRequest(ActorFinder actors, SentenceWords sw, Sentence sentence, List<Event> told) {
        List<Word> words = sw.words();
        for (int i = 0; i + 1 < words.size(); i++) {
            // "menolak permintaan X untuk/agar ..." tells what was asked as the refusal's object, which the batches code apart
            if (!words.get(i).bare().equals("permintaan") || i == 0 || !words.get(i - 1).is("atas") || sw.mentionAt()[i + 1] == null) continue;
            Side maker = actors.after(sw, i + 1, words.size());
            if (maker.isEmpty()) continue;
            for (Event act : told) {
                if (act.sources().isEmpty() || act.sources().stream().anyMatch(maker.states()::contains)) continue;
                EventStatus status = act.status() == EventStatus.REPORTED ? EventStatus.REPORTED : EventStatus.ASSERTED;
                return Optional.of(new Event(Plover.REQUEST, null, maker.states(), act.sources(), null, null, sentence.span(),
                        words.get(i).span(), 0.6, status, sentence.caption(), maker.named(), act.sourceEntities()));
            }
        }
        return Optional.empty();
    }

    /** The light verb ("melakukan", "mengadakan") standing just before a noun that names its act, or -1. */
    private static int lightVerbBefore(List<Word> words, int noun, int from) {
        int i = noun - 1;
        if (i >= from && words.get(i).is("sebuah")) i--;
        return i >= from && LIGHT_VERBS.contains(words.get(i).lower()) ? i : -1;
    }

    /**
     * "Pakistan menuduh India membunuh warga sipil": an act of force an accuser says the accused did, to no one
     * named, was done to the accuser.
     */
    private static Event againstAccuser(List<Event> out, Event e, int sentenceEvents) {
        if (!e.targets().isEmpty() || !DONE_TO.contains(e.type()) || out.size() <= sentenceEvents) return e;
        Event accusation = out.getLast();
        // "mengecam serangan Israel": who condemns an act was not its victim
        if (accusation.type() != Plover.ACCUSE || accusation.mode() != null && CONDEMNING.contains(accusation.mode()) || !accusation.targets().equals(e.sources())
                || !accusation.sentence().equals(e.sentence())) return e;
        return new Event(e.type(), e.mode(), e.sources(), accusation.sources(), e.location(), e.date(), e.sentence(), e.trigger(),
                e.confidence(), e.status(), e.caption(), e.sourceEntities(), accusation.sourceEntities());
    }

    /** Nouns for what was said against someone, which a relative denial after a comma answers. */
    private static final Set<String> CLAIMS = WordSet.of("tuduhan", "tudingan", "klaim", "tuduhan-tuduhan");

    /**
     * The comma opening ", tuduhan yang dibantah Beijing" when the trigger is that relative denial, else -1: the
     * denial answers the claim the sentence just told, and is not part of it.
     */
    private static int answeredClaim(EventPattern p, List<Word> words, int verb) {
        if (!p.passive() || p.type() != Plover.REJECT || verb < 3 || !words.get(verb - 1).is("yang")
                || !CLAIMS.contains(words.get(verb - 2).lower()) || !words.get(verb - 3).is(",")) return -1;
        return verb - 3;
    }

    /** The denial aimed at who made the last accusation of its sentence, or as it was when there is none. */
    private static Event againstClaimant(List<Event> sentenceEvents, Event denial) {
        for (int i = sentenceEvents.size() - 1; i >= 0; i--) {
            Event claim = sentenceEvents.get(i);
            if (claim.type() != Plover.ACCUSE || claim.sources().isEmpty() || claim.sources().equals(denial.sources())) continue;
            return aimedAt(denial, new Side(claim.sources(), claim.sourceEntities()));
        }
        return denial;
    }

    /** Where an "agar"/"supaya" clause after the trigger opens, else {@code to}. */
    private static int urgedFrom(List<Word> words, int end, int to) {
        for (int i = end; i < to; i++) if (URGED.in(words.get(i))) return i;
        return to;
    }

    private static final Cue URGED = Cue.of("agar", "supaya");

    /** "dan" or "serta" right before the verb, or before an adverb before it ("dan juga menolak"). */
    private static boolean andBefore(List<Word> words, int verb) {
        for (int i = verb - 1; i >= 0 && i >= verb - 2; i--) {
            if (words.get(i).is("dan") || words.get(i).is("serta")) return true;
            if (words.get(i).punct() || Words.verbLike(words.get(i))) return false;
        }
        return false;
    }

    /** A conjunction of time right before the verb, or before an adverb before it ("saat bertemu", "setelah sempat bertemu"). */
    private static boolean whenBefore(List<Word> words, int verb) {
        Word w = beforeAdverbs(words, verb);
        return w != null && ActorFinder.WHEN.in(w);
    }

    /** The word before {@code at} and the adverbs right before it ("untuk segera menyampaikan"), or null at the start. */
    private static Word beforeAdverbs(List<Word> words, int at) {
        int i = at - 1;
        while (i >= 0 && ActorFinder.ADVERBS.in(words.get(i))) i--;
        return i >= 0 ? words.get(i) : null;
    }

    /** A di- verb right after "yang": it describes a noun of the clause ("warga yang ditahan"). */
    private static boolean relativePassive(EventLexicon.Match m, List<Word> words) {
        return m.pattern().passive() && m.verb() > 0 && words.get(m.verb() - 1).is("yang");
    }

    /** A denial ("membantah bahwa"), or a reaction to something named with a demonstrative ("menolak perintah tersebut"). */
    private static boolean answers(List<Word> words, int verb, int to) {
        String v = words.get(verb).bare();
        for (String denial : DENIALS) if (v.endsWith(denial)) return true;
        for (int i = verb + 1; i < to && i <= verb + DEMONSTRATIVE_REACH; i++) {
            Word w = words.get(i);
            if (CLAUSE_BREAK.in(w)) return false;
            if (w.is("itu") || w.is("tersebut")) return true;
        }
        return false;
    }

    /**
     * "tiba di Jakarta untuk kunjungan resmi", "diberangkatkan ke Turki untuk membantu": an act after "untuk" of the
     * kind the sentence just told is that act's purpose, the same event.
     */
    private static boolean samePurpose(List<EventLexicon.Match> earlier, EventLexicon.Match m, List<Word> words) {
        if (m.start() == 0 || !words.get(m.start() - 1).is("untuk")) return false;
        // "menelepon X untuk menyampaikan belasungkawa", "mengirim utusan untuk meminta penundaan", "meminta akses untuk
        // menemui ...": what a call, visit or request was for is said or done in it, no act of its own
        // "memanggil duta besar China untuk meminta penjelasan": what a summons is for is said in it too
        if (TALK.contains(m.pattern().type()) && earlier.stream().anyMatch(o -> TALKED_IN.contains(o.pattern().type())
                || o.pattern().type() == Plover.ACCUSE && StatusCues.SUMMONS.contains(words.get(o.start()).lower()))) return true;
        return earlier.stream().anyMatch(o -> o.pattern().type() == m.pattern().type()
                && (m.pattern().frame() != Frame.NOUN || Objects.equals(o.pattern().mode(), m.pattern().mode())));
    }

    /**
     * "Ribuan warga berunjuk rasa di Manokwari": a demonstration is an event though its crowd has no name and its target
     * none either; not a relative clause describing who ("mahasiswa yang ikut berunjuk rasa ditangkap"), nor a right or a
     * ban to protest ("warga dilarang berunjuk rasa", "hak mogok kerja").
     */
    private static boolean crowdProtest(EventPattern p, List<Word> words, int verb) {
        if (p.type() != Plover.PROTEST || p.passive() || verb == 0) return false;
        Word w = beforeAdverbs(words, verb);
        return w == null || !NO_CROWD_ACT.contains(w.lower());
    }

    /** Words before a protest verb that make it no protest a crowd held: a relative clause, a ban, a right. */
    private static final Set<String> NO_CROWD_ACT = WordSet.of("yang", "dilarang", "melarang", "larangan", "berhak", "hak");

    /**
     * "memanggil duta besar Rusia untuk menyampaikan protes": a summons made to protest is that protest, coded once; a
     * summons told alone ("memanggil kuasa usaha Kongo"), or beside another's protest ("... setelah ribuan warga berunjuk
     * rasa"), is the accusation.
     */
    private static boolean toldProtest(List<EventLexicon.Match> later, EventLexicon.Match m, List<Word> words) {
        return m.pattern().type() == Plover.ACCUSE && StatusCues.SUMMONS.contains(words.get(m.start()).lower())
                && later.stream().anyMatch(o -> o.pattern().type() == Plover.PROTEST && summonersProtest(words, o.start()));
    }

    /** Whether the protest at {@code start} goes on from the summons: "... untuk menyampaikan protes", "... dan memprotes". */
    private static boolean summonersProtest(List<Word> words, int start) {
        Word w = beforeAdverbs(words, start);
        return w != null && SUMMONS_GOES_ON.contains(w.lower());
    }

    private static final Set<String> SUMMONS_GOES_ON = WordSet.of("untuk", "dan", "serta", "sekaligus");

    /**
     * "berunjuk rasa di depan Gedung DPR, menolak revisi ...", "berunjuk rasa dan menuntut ...": what a protest demands or
     * rejects, told right after it, is the protest itself; not when another actor named between them does it
     * ("berunjuk rasa di depan Istana, Malaysia menolak ...").
     */
    private static boolean protestDemand(ActorFinder actors, List<EventLexicon.Match> earlier, EventLexicon.Match m,
                                         SentenceWords sw) {
        if (!DEMANDS.contains(m.pattern().type())) return false;
        int after = -1;
        for (EventLexicon.Match o : earlier) if (o.pattern().type() == Plover.PROTEST) after = o.end();
        if (after < 0) return false;
        List<Word> words = sw.words();
        for (int k = after; k < m.start(); k++) {
            Mention x = sw.mentionAt()[k];
            if (x == null || k > after && sw.mentionAt()[k - 1] == x) continue;
            boolean actor = x.type() != EntityType.LOC || actors.actsAsState(actors.stateOf(x.entityId()));
            if (actor && !inPlacePhrase(sw, after, k)) return false;
        }
        Word lead = beforeAdverbs(words, m.start());
        if (lead != null && GOES_ON.contains(lead.lower())) return true;
        // "berunjuk rasa di depan Gedung DPR pada Kamis (4/9) menuntut ...": no other verb or clause between them
        EventLexicon.Match protest = earlier.getLast();
        if (protest.pattern().type() != Plover.PROTEST) return false;
        for (int k = protest.end(); k < m.start(); k++) {
            Word w = words.get(k);
            // "di depan Gedung DPR dan Kementerian Kesehatan menolak ...": a "dan" joining two places ends no clause
            boolean joinsPlaces = w.is("dan") && k + 1 < m.start() && sw.mentionAt()[k + 1] != null && inPlacePhrase(sw, after, k + 1);
            if (Words.verbLike(w) || Words.passiveLike(w) || CLAUSE_BREAK.in(w) && !w.is(",") && !joinsPlaces) return false;
        }
        return true;
    }

    /**
     * Whether the name starting at word {@code k} belongs to a place phrase opened after {@code from}: it follows a word
     * of place ("di depan kantor Komisi Pemilihan Umum"), it is the bracketed abbreviation of a name that does ("(KPU)"),
     * it is set off by commas after a name that does ("di Kuala Lumpur, Malaysia,"), or joined to one by "dan".
     */
    private static boolean inPlacePhrase(SentenceWords sw, int from, int k) {
        if (k - 1 < from) return false;
        List<Word> words = sw.words();
        if (PLACE_WORDS.contains(words.get(k - 1).lower())) return true;
        int end = k;
        while (end < words.size() && sw.mentionAt()[end] == sw.mentionAt()[k]) end++;
        boolean bracketed = words.get(k - 1).is("(") && end < words.size() && words.get(end).is(")");
        // "di depan Gedung DPR dan Kementerian Kesehatan": a name joined to one in a place phrase is in it too
        boolean joined = words.get(k - 1).is("dan") || words.get(k - 1).is("serta");
        if (!bracketed && !joined && (!words.get(k - 1).is(",") || end >= words.size() || !words.get(end).is(","))) return false;
        int prev = k - 2;
        if (prev < from || sw.mentionAt()[prev] == null) return false;
        while (prev > from && sw.mentionAt()[prev - 1] == sw.mentionAt()[prev]) prev--;
        return inPlacePhrase(sw, from, prev);
    }

    /** Acts said in a call, visit or request, and what they are said in. */
    private static final Set<Plover> TALK = Set.of(Plover.SUPPORT, Plover.REQUEST, Plover.CONSULT);
    private static final Set<Plover> TALKED_IN = Set.of(Plover.CONSULT, Plover.REQUEST);
    private static final Set<String> PLACE_WORDS = WordSet.of("di", "ke", "depan", "dekat", "sekitar", "seberang", "belakang",
            "kantor", "gedung", "markas");
    private static final Set<Plover> DEMANDS = Set.of(Plover.REQUEST, Plover.REJECT);
    private static final Set<String> GOES_ON = WordSet.of(",", "dan", "serta", "untuk", "sambil", "seraya");

    /**
     * "Dalam kunjungan itu, Budi bertemu ...": a meeting told in a sentence that opens on the visit just told, by one
     * who made it, is part of that visit.
     */
    private static boolean meetingOnToldVisit(List<Word> words, Event meeting, Event visit) {
        if (visit == null || meeting.type() != Plover.CONSULT || !"meet".equals(meeting.mode())
                || !visit.sources().equals(meeting.sources())) return false;
        return words.size() > 2 && WITHIN.in(words.get(0)) && VISIT_NOUNS.contains(words.get(1).bare())
                && BACK_REFERENCE.in(words.get(2));
    }

    private static final Set<String> VISIT_NOUNS = WordSet.of("kunjungan", "lawatan");

    private static boolean meetingOnAVisit(ActorFinder actors, List<Event> out, Event meeting) {
        if (out.isEmpty() || meeting.type() != Plover.CONSULT || !"meet".equals(meeting.mode())) return false;
        Event visit = out.getLast();
        if (!"visit".equals(visit.mode()) || !visit.sentence().equals(meeting.sentence())
                || !visit.sources().equals(meeting.sources()) || visit.status() != meeting.status()
                || meeting.date() != null && visit.date() != null && !meeting.date().value().equals(visit.date().value())) return false;
        // "berkunjung ke Brussel, Belgia, dan bertemu komisioner Uni Eropa": a visit to a place is aimed at the body of no
        // state it met there, not at the state the place lies in
        boolean hostBody = !meeting.targets().isEmpty() && meeting.targets().stream().noneMatch(visit.targets()::contains)
                && meeting.targets().stream().noneMatch(actors::actsAsState);
        Set<String> targets = new LinkedHashSet<>(hostBody ? List.of() : visit.targets());
        Set<String> named = new LinkedHashSet<>(hostBody ? List.of() : visit.targetEntities());
        targets.addAll(meeting.targets());
        named.addAll(meeting.targetEntities());
        out.set(out.size() - 1, new Event(visit.type(), visit.mode(), visit.sources(), List.copyOf(targets), visit.location(),
                visit.date() != null ? visit.date() : meeting.date(), visit.sentence(), visit.trigger(),
                Math.max(visit.confidence(), meeting.confidence()), visit.status(), visit.caption(),
                visit.sourceEntities(), List.copyOf(named)));
        return true;
    }

    /** The matches that {@link #names} an event, in order. */
    private static List<EventLexicon.Match> named(List<EventLexicon.Match> found, List<Word> words) {
        if (found.isEmpty()) return List.of();
        List<EventLexicon.Match> out = new ArrayList<>(found.size());
        for (EventLexicon.Match m : found) if (names(m, words)) out.add(m);
        return out;
    }

    /**
     * False for a verb of manner or aim ("dalam membantu"), the content of a request or offer ("permintaan Vietnam
     * untuk membebaskan ...") and a noun that names no actors ("pertemuan itu").
     */
    private static boolean names(EventLexicon.Match m, List<Word> words) {
        // "dalam membantu" is a manner; "dalam percakapan telepon dengan X", "dalam pertemuan antara A, B, dan C" name a talk
        if (m.verb() > 0 && NOT_AN_EVENT.contains(words.get(m.verb() - 1).lower()) && !(m.pattern().frame() == Frame.NOUN
                && m.end() < words.size() && (words.get(m.end()).is("dengan") || words.get(m.end()).is("antara")))) return false;
        // "Selain menarik duta besarnya, Indonesia juga ...": what "selain" adds to was told before
        if (m.start() > 0 && words.get(m.start() - 1).is("selain")) return false;
        // "diusir keluar dari ZEE": a withdrawal word right after a verb is where that verb moved its object
        if (m.pattern().type() == Plover.RETREAT && m.start() > 0 && (Words.verbLike(words.get(m.start() - 1))
                || Words.passiveLike(words.get(m.start() - 1)))) return false;
        // "siap membantu jika diminta": a passive condition with no one named is no act
        if (m.pattern().passive() && m.verb() == m.start() && m.start() > 0 && CONDITIONS.contains(words.get(m.start() - 1).lower())
                && (m.end() >= words.size() || words.get(m.end()).punct())) return false;
        // "Kesepakatan itu dicapai ...": an object-first passive whose object refers back tells an act already told
        if (m.pattern().passive() && m.pattern().verb() > 0 && m.start() + 1 < m.verb()
                && BACK_REFERENCE.in(words.get(m.start() + 1))) return false;
        // "diluncurkan dengan roket": a weapon after "dengan" is the means of another act, not the object of an attack
        if (m.pattern().type() == Plover.ASSAULT) for (int i = m.start() + 1; i < m.end(); i++) if (words.get(i).is("dengan")) return false;
        if (decreeSigned(m, words)) return false;
        // "menangkap ikan" is fishing, not an arrest
        if (m.end() < words.size() && CATCH.contains(words.get(m.verb()).lower()) && CATCHES.contains(words.get(m.end()).lower())) return false;
        if (m.start() > 1 && words.get(m.start() - 1).is("untuk")) {
            for (int i = m.start() - 2; i >= 0 && i >= m.start() - 5; i--) if (PROPOSED.contains(words.get(i).bare())) return false;
        }
        if (m.pattern().frame() == Frame.NOUN && m.start() > 0 && PROPOSED.contains(words.get(m.start() - 1).lower())) return false;
        return m.pattern().frame() != Frame.NOUN || m.end() >= words.size() || !NOT_ACTORS.in(words.get(m.end()));
    }

    /** Instruments of a government's own rule: signing one is no agreement with anyone. */
    private static final Set<String> DECREES = WordSet.of("keputusan", "keppres", "perpres", "peraturan", "inpres", "instruksi",
            "perppu", "undang-undang");
    /** How far before a di- verb its subject may name a decree ("Keputusan presiden tentang ... itu diteken"). */
    private static final int DECREE_REACH = 8;

    /** "meneken keputusan presiden", "Keputusan presiden tentang abolisi itu diteken Prabowo": a decree signed. */
    private static boolean decreeSigned(EventLexicon.Match m, List<Word> words) {
        if (m.pattern().type() != Plover.AGREE || !"sign".equals(m.pattern().mode())) return false;
        if (!m.pattern().passive()) {
            for (int i = m.end(); i < words.size() && i <= m.end() + 1; i++) if (DECREES.contains(words.get(i).bare())) return true;
            return false;
        }
        for (int i = m.verb() - 1; i >= 0 && i >= m.verb() - DECREE_REACH; i--) {
            Word w = words.get(i);
            if (DECREES.contains(w.bare())) return true;
            if (w.punct() || Words.verbLike(w) || Words.passiveLike(w)) return false;
        }
        return false;
    }

    /** The envoy summoned before a trigger in its clause ("memanggil duta besar Rusia untuk ..."), as a side. */
    private static Side summoned(ActorFinder actors, SentenceWords sw, int from, int trigger) {
        for (int i = trigger - 1; i >= from; i--) {
            if (StatusCues.SUMMONS.contains(sw.words().get(i).lower())) return actors.after(sw, i + 1, trigger);
        }
        return Side.NONE;
    }

    /** Source and target sides for the pattern's frame and voice; null when the pattern codes nothing here. */
    private static Side[] sides(ActorFinder actors, SentenceWords sw, EventLexicon.Match m, int from, int stop, Side previous,
                                boolean inQuote) {
        EventPattern p = m.pattern();
        List<Word> words = sw.words();
        int start = m.start();
        // a quote that opens just before its verb is part of a sentence whose subject stands before the marks
        boolean partial = inQuote && from > 0 && start - from <= OPENING_REACH;
        // "X mengirim surat kepada Y pada Jumat (29/9), meminta Indonesia ...": a verb after a comma goes on with the subject
        // of the act just told; not after a name and its apposition ("Setelah Rusia menyerang Kyiv, NATO, aliansi militer
        // Barat, mengecam"), the subject they make
        boolean zero = ActorFinder.zeroSubject(words, from, start)
                || !previous.isEmpty() && start > from && words.get(start - 1).is(",") && !aside(words, from, start - 1)
                && !namedWithApposition(actors, sw, from, start - 1);
        Side before = zero && !previous.isEmpty() ? previous : zero ? actors.clauseSubject(sw, from, start) : Side.NONE;
        if (before.isEmpty()) before = actors.before(sw, partial ? 0 : from, start, partial);
        Side after = actors.after(sw, m.end(), stop);
        switch (p.frame()) {
            case NOUN -> {
                // "Macron melakukan kunjungan kenegaraan ke Vietnam": after a light verb the noun is the subject's act
                int light = lightVerbBefore(words, start, from);
                if (light >= 0) {
                    Side subject = actors.before(sw, from, light);
                    if (!subject.isEmpty()) return new Side[]{subject, after};
                }
                // "Pertemuan lanjutan (tingkat komandan kedua negara) dijadwalkan ...": talks to come, opening the sentence, are
                // between the sides the text told of
                if (p.type() == Plover.CONSULT && start == from && scheduled(words, m.end(), stop)) {
                    Side sides = after.states().size() > 1 ? after : actors.toldPair();
                    return sides.states().size() > 1 ? sides.split() : null;
                }
                // the actors follow the noun closely, or it names no particular event
                if (after.isEmpty() || !startsWithin(sw, m.end(), 4)) return null;
                // "serangan ke wilayah Rusia": a name after a partner word is the target; the source is not named, but for
                // "... dalam percakapan telepon dengan X": the talk the sentence's subject had
                if (actors.find(sw, m.end(), firstName(sw, m.end()), PARTNER) >= 0) {
                    return new Side[]{start > from && words.get(start - 1).is("dalam") ? previous : Side.NONE, after};
                }
                int partner = actors.find(sw, m.end(), stop, PARTNER);
                Side target = partner < 0 ? Side.NONE : actors.after(sw, partner + 1, stop);
                if (target.isEmpty() && after.states().size() > 1) return after.split();
                return new Side[]{after, target};
            }
            case HOST -> {
                if (p.passive() && p.verb() > 0) {
                    // "surat dari X diterima Y": the sender stands in the object, the receiver after the verb
                    Side owner = actors.after(sw, m.start(), m.verb());
                    if (!owner.isEmpty()) return new Side[]{owner, after};
                }
                // "Wong disambut Presiden Prabowo": the guest is the passive's subject
                if (p.passive()) return new Side[]{before, after};
                // "menyambut para tahanan yang dibebaskan": a visit with no guest named tells no one's visit
                if ("visit".equals(p.mode()) && after.isEmpty()) return null;
                return new Side[]{after, before};
            }
            case SYM -> {
                if (p.passive() && p.verb() > 0) {
                    // "penerbangan antara Moskow dan Pyongyang diluncurkan": the sides stand in the object
                    Side inside = actors.after(sw, m.start(), m.verb());
                    if (!inside.isEmpty()) return inside.split();
                }
                // "menandatangani nota kesepahaman penyelenggaraan ibadah haji ... bersama Menteri X": the partner after a long object
                if (!p.passive() && after.isEmpty()) after = actors.partner(sw, m.end(), stop);
                if (before.isEmpty() && after.isEmpty()) return actors.pairIn(sw).split();
                if (p.passive()) return (before.isEmpty() ? after : before).split();
                // "Delegasi A dan B bertemu dengan perwakilan militer C": together, with a partner named after "dengan"
                if (before.states().size() > 1 && !after.isEmpty() && partnerFollows(sw, m.end())) return new Side[]{before, after};
                // "A dan B berkunjung ke X dan bertemu komisioner Y": sides that acted together before meet the one named after
                if (before.states().size() > 1 && !after.isEmpty() && zero && before == previous) return new Side[]{before, after};
                // "A dan B bertukar tawanan dengan mediasi C": the sides are named together before the verb
                if (before.states().size() > 1) return before.split();
                if (before.isEmpty() && after.states().size() > 1) return after.split();
                return new Side[]{before, after};
            }
            default -> {
                if (!p.passive() && "letter".equals(p.mode())) return new Side[]{before, actors.after(sw, m.end(), stop, AUTHOR)};
                // "menggelar latihan gabungan Super Garuda Shield": an exercise is aimed at no one unless held "dengan" a partner
                if ("exercise".equals(p.mode()) && !p.passive()) {
                    int partner = actors.find(sw, m.end(), stop, Set.of("dengan"));
                    return new Side[]{before, partner < 0 ? Side.NONE : actors.after(sw, partner + 1, stop)};
                }
                // "mengutus Menteri X ke Honiara": whom a visit sends goes with its source; the target is where they go
                if (!p.passive() && "visit".equals(p.mode())) {
                    int to = actors.find(sw, m.end(), stop, DESTINATION);
                    if (to > m.end()) return new Side[]{before, actors.after(sw, to + 1, stop)};
                }
                if (!p.passive()) return new Side[]{before, after};
                int agent = actors.find(sw, m.end(), stop, AGENT);
                // "dikirim Vastan kepada Halvorsen", "diserang pesawat nirawak Rusia"
                boolean direct = agent < 0 && agentFollows(sw, m.end());
                Side by = agent >= 0 ? actors.after(sw, agent + 1, stop) : direct ? after : Side.NONE;
                if (p.verb() > 0) {
                    Side owner = actors.after(sw, m.start(), m.verb());
                    // "tentara Korea Utara dikerahkan ke Ukraina": the owner of the actor's means acts, towards where they go
                    if (!owner.isEmpty() && OWNER_ACTS.contains(p.type())) return new Side[]{owner, after};
                    // "dua wartawan Jepang ditahan oleh aparat Tiongkok": the owner of what was acted on is the target
                    if (!owner.isEmpty()) return new Side[]{by, owner};
                }
                if (p.verb() > 0) {
                    // the object came first ("surat yang dikirim X kepada Y"): the target follows a partner word
                    int partner = actors.find(sw, m.end(), stop, PARTNER);
                    Side to = partner >= 0 ? actors.after(sw, partner + 1, stop) : direct ? Side.NONE : after;
                    if (!to.isEmpty() || !by.isEmpty()) return new Side[]{by, to};
                    // "X mengirim pasukan ..., menambah ratusan prajurit yang dikirim bulan lalu": X sent them
                    return new Side[]{previous.isEmpty() ? before : previous, Side.NONE};
                }
                return new Side[]{by, before};
            }
        }
    }

    /** Whether the comma at {@code comma} closes an apposition of the name before the comma that opens it. */
    private static boolean namedWithApposition(ActorFinder actors, SentenceWords sw, int from, int comma) {
        for (int i = comma - 1; i > from; i--) if (sw.words().get(i).is(",")) return actors.apposition(sw, i, comma);
        return false;
    }

    /** Whether the comma at {@code comma} closes an aside opened after the subject ("Putin, yang ..., bertemu"). */
    private static boolean aside(List<Word> words, int from, int comma) {
        for (int i = comma - 1; i >= from; i--) {
            if (words.get(i).is(",")) return i + 1 < comma && ActorFinder.ASIDES.in(words.get(i + 1));
        }
        return false;
    }

    /**
     * The verb of what an agreement or request is about, right after its trigger, or -1: a date beyond it is that
     * act's ("sepakat melanjutkan perundingan keesokan harinya": the date is the talks').
     */
    private static int complementVerb(EventPattern p, List<Word> words, int end, int to) {
        // "menuding Islamabad mendalangi serangan ... pada 22 April": the date is the accused act's, not the accusation's
        if (!FOLDS_COMPLEMENT.contains(p.type()) && p.type() != Plover.ACCUSE) return -1;
        for (int i = end; i < to && i <= end + 2; i++) if (Words.verbLike(words.get(i))) return i;
        return -1;
    }

    /** "dijadwalkan" ends the noun phrase that opens at {@code end}, before any verb or clause break. */
    private static boolean scheduled(List<Word> words, int end, int stop) {
        for (int i = end; i < stop; i++) {
            Word w = words.get(i);
            if (w.is("dijadwalkan")) return true;
            if (w.punct() || Words.verbLike(w) || Words.passiveLike(w) || CLAUSE_BREAK.in(w)) return false;
        }
        return false;
    }

    /** "bertemu dengan (perwakilan militer) Sudan": "dengan", then only words for officials before the partner's name. */
    private static boolean partnerFollows(SentenceWords sw, int end) {
        List<Word> words = sw.words();
        if (end >= words.size() || !words.get(end).is("dengan")) return false;
        int i = end + 1;
        while (i < words.size() && sw.mentionAt()[i] == null && ActorFinder.OFFICIALS.in(words.get(i))) i++;
        return i < words.size() && sw.mentionAt()[i] != null;
    }

    /** True when a name follows the di- verb within a few words that are neither prepositions nor verbs. */
    private static boolean agentFollows(SentenceWords sw, int from) {
        for (int i = from; i < sw.words().size() && i <= from + AGENT_REACH; i++) {
            if (sw.mentionAt()[i] != null) return true;
            Word w = sw.words().get(i);
            if (w.punct() || NOT_AGENT.in(w) || Words.verbLike(w)) return false;
        }
        return false;
    }

    /** True when {@code m} is the complement of the agreement or request {@code previous} ("sepakat memperkuat kerja sama"). */
    private static boolean complementOf(EventLexicon.Match previous, EventLexicon.Match m, List<Word> words) {
        if (!FOLDS_COMPLEMENT.contains(previous.pattern().type()) && !words.get(previous.verb()).bare().endsWith("undang")) return false;
        if (m.start() - previous.end() > COMPLEMENT_REACH || m.start() < previous.end()) return false;
        // "menolak mengirim delegasi" folds the refused act; "membantah bahwa Rusia akan mengirim" denies an act of its own
        if (previous.pattern().type() == Plover.REJECT && m.start() != previous.end()) return false;
        for (int i = previous.end(); i < m.start(); i++) {
            if (CLAUSE_BREAK.in(words.get(i)) || Words.verbLike(words.get(i))) return false;
        }
        return true;
    }

    private static int firstName(SentenceWords sw, int from) {
        int i = from;
        while (i < sw.words().size() && sw.mentionAt()[i] == null) i++;
        return i;
    }

    private static boolean startsWithin(SentenceWords sw, int from, int reach) {
        for (int i = from; i < sw.words().size() && i < from + reach + 1; i++) if (sw.mentionAt()[i] != null) return true;
        return false;
    }

    /** The target without the source's states, but for another body of the same state ("KPK ... membantu Kejaksaan Agung"). */
    private static Side withoutSources(ActorFinder actors, Side target, Side source) {
        if (target.isEmpty() || source.isEmpty()) return target;
        if (otherBody(actors, target, source)) return target;
        List<String> states = new ArrayList<>(target.states().size());
        for (String s : target.states()) if (!source.states().contains(s)) states.add(s);
        if (states.size() == target.states().size()) return target;
        Set<String> named = new LinkedHashSet<>(target.named());
        named.removeAll(source.named());
        return new Side(List.copyOf(states), List.copyOf(named));
    }

    /** Whether the source names only bodies of a state and the target another body. */
    private static boolean otherBody(ActorFinder actors, Side target, Side source) {
        for (String n : source.named()) if (!actors.bodyOfState(n)) return false;
        for (String n : target.named()) if (!source.named().contains(n) && actors.bodyOfState(n)) return true;
        return false;
    }

    private static double confidence(EventPattern p, Side source, Side target, EventDater.Dated dated) {
        double c = 0.5;
        if (!source.isEmpty()) c += 0.2;
        if (!target.isEmpty()) c += 0.15;
        if (dated != null) c += dated.own() ? 0.1 : -0.1;
        if (p.frame() == Frame.NOUN) c -= 0.1;
        // no source, or no target where the type needs one: too little to place on a timeline
        if (source.isEmpty() || p.type().dyadic() && target.isEmpty()) c = Math.min(c, 0.4);
        return Math.round(Math.min(0.95, Math.max(0.1, c)) * 100) / 100.0;
    }

    /** For each word, whether it stands inside quotation marks or inside a direct quote the quote layer found. */
    private static boolean[] quoted(List<Word> words, List<Quote> quotes) {
        boolean[] in = new boolean[words.size()];
        boolean open = false;
        for (int i = 0; i < words.size(); i++) {
            String s = words.get(i).lower();
            if (s.equals("“")) open = true;
            else if (s.equals("”")) open = false;
            else if (s.equals("\"")) open = !open;
            else in[i] = open;
        }
        int from = Integer.MAX_VALUE, to = Integer.MIN_VALUE;
        for (Word w : words) {
            from = Math.min(from, w.start());
            to = Math.max(to, w.end());
        }
        for (Quote q : quotes) {
            // the article's other quotations hold none of this sentence's words: spare the word-by-word test
            if (!q.direct() || q.span().end() < from || q.span().start() > to) continue;
            for (int i = 0; i < words.size(); i++) if (q.span().start() <= words.get(i).start() && words.get(i).end() <= q.span().end()) in[i] = true;
        }
        return in;
    }

    private static int regionStart(boolean[] quoted, int i) {
        int k = i;
        while (k > 0 && quoted[k - 1] == quoted[i]) k--;
        return k;
    }

    private static int regionEnd(boolean[] quoted, int i) {
        int k = i;
        while (k < quoted.length && quoted[k] == quoted[i]) k++;
        return k;
    }

    /** "Kedua pemimpin membahas ...", "Kedua menteri sepakat ...": a sentence about those who just met tells of their meeting. */
    private static boolean meetersReferredTo(List<Word> words) {
        // "Selain itu, kedua menteri ...": after a fronted connective too
        int k = 0;
        if (words.size() > 3 && words.get(2).is(",") && words.get(1).is("itu")) k = 3;
        return words.size() > k + 1 && words.get(k).is("kedua") && MEETERS.contains(words.get(k + 1).lower());
    }

    /**
     * The date of what the sentence refers back to: the last meeting for a meeting noun with a demonstrative ("pertemuan
     * itu") or "kedua pemimpin"; the last act for an act noun the sentence tells what happened in ("dalam pertukaran itu"),
     * not what was done to it ("mengutuk serangan itu"); else null.
     */
    private static EventDate referredTo(List<Word> words, EventDate lastMeeting, EventDate lastAct) {
        boolean meeting = meetersReferredTo(words), act = false;
        for (int i = 0; i + 1 < words.size() && !meeting; i++) {
            // "Di sela KTT, ...": what was done on the sidelines of the meeting just told
            if (words.get(i).is("di") && i + 2 < words.size() && SIDELINES.in(words.get(i + 1))
                    && (MEETING_NOUNS.contains(words.get(i + 2).bare()) || SUMMITS.in(words.get(i + 2)))) meeting = true;
            // "Dalam pernyataan yang sama", "Pada kesempatan yang sama": the occasion of the last act told
            if (i + 2 < words.size() && words.get(i + 1).is("yang") && words.get(i + 2).is("sama") && i > 0
                    && WITHIN.in(words.get(i - 1)) && OCCASIONS.in(words.get(i))) act = true;
            // "Usai pertemuan, kedua negara menandatangani ...": right after the meeting just told
            if (i == 0 && EventDater.RIGHT_AFTER.in(words.get(0)) && MEETING_NOUNS.contains(words.get(1).bare())) meeting = true;
            if (!BACK_REFERENCE.in(words.get(i + 1))) continue;
            String noun = words.get(i).bare();
            if (MEETING_NOUNS.contains(noun)) meeting = true;
            // "Penandatanganan itu disaksikan Menteri X yang sedang berkunjung ...": who attended the act was there then
            else if (ACT_NOUNS.contains(noun) && (i > 0 ? WITHIN.in(words.get(i - 1))
                    : i + 2 < words.size() && ATTENDED.contains(words.get(i + 2).lower()))) act = true;
        }
        return meeting ? lastMeeting : act ? lastAct : null;
    }
}
