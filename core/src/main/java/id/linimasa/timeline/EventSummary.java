package id.linimasa.timeline;

import id.linimasa.event.Event;
import id.linimasa.event.EventStatus;
import id.linimasa.event.Plover;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One readable Indonesian line for an event: "Vladimir Putin (RUS) bertemu Choe Son Hui (PRK) di Moskow".
 * People are named with the state they act for; a state stands alone.
 */
final class EventSummary {

    private EventSummary() {
    }

    static String of(Event e, Map<String, String> names) {
        StringBuilder sb = new StringBuilder();
        String source = side(e.sourceEntities(), e.sources(), names);
        String target = side(e.targetEntities(), e.targets(), names);
        sb.append(source.isEmpty() ? "(pihak tak disebut)" : source).append(' ').append(verb(e.type(), e.mode()));
        if (!target.isEmpty()) sb.append(' ').append(preposition(e.type(), e.mode())).append(target);
        if (e.location() != null && !e.targets().contains(e.location())) sb.append(" di ").append(names.getOrDefault(e.location(), e.location()));
        if (e.status() == EventStatus.REPORTED) sb.append(" (menurut laporan)");
        return sb.toString();
    }

    private static String side(List<String> named, List<String> states, Map<String, String> names) {
        List<String> parts = new ArrayList<>();
        for (String id : named) {
            String name = names.getOrDefault(id, id);
            String state = states.size() == 1 ? states.getFirst() : null;
            parts.add(state != null && !state.equals(id) ? name + " (" + state + ")" : name);
        }
        for (String s : states) {
            if (named.contains(s) || named.size() >= states.size()) continue;
            parts.add(names.getOrDefault(s, s));
        }
        return String.join(" dan ", parts);
    }

    private static String verb(Plover type, String mode) {
        return switch (type) {
            case CONSULT -> switch (mode == null ? "" : mode) {
                case "visit" -> "mengunjungi";
                case "phone" -> "bertelepon";
                case "letter" -> "mengirim surat";
                case "multilateral" -> "menghadiri pertemuan";
                default -> "bertemu";
            };
            case AGREE -> "sign".equals(mode) ? "menandatangani kesepakatan" : "bersepakat";
            case SUPPORT -> "praise".equals(mode) ? "memuji" : "mendukung";
            case COOPERATE -> "bekerja sama";
            case AID -> "membantu";
            case REQUEST -> "meminta";
            case ACCUSE -> "condemn".equals(mode) ? "mengecam" : "menuduh";
            case REJECT -> "menolak";
            case THREATEN -> "mengancam";
            case PROTEST -> "memprotes";
            case SANCTION -> "menjatuhkan sanksi";
            case MOBILIZE -> "weapons".equals(mode) ? "menguji senjata" : "mengerahkan pasukan";
            case ASSAULT -> "menyerang";
            case COERCE -> "menekan";
            case CONCEDE -> "mengalah";
            case RETREAT -> "mundur";
            case STATEMENT -> "menyatakan sikap tentang";
        };
    }

    /** The word joining verb and target ("bertemu Choe", "mengirim surat kepada Kim", "mundur dari Ukraina"). */
    private static String preposition(Plover type, String mode) {
        return switch (type) {
            case CONSULT -> "letter".equals(mode) ? "kepada " : "phone".equals(mode) || "multilateral".equals(mode) ? "dengan " : "";
            case AGREE, COOPERATE -> "dengan ";
            case SANCTION -> "terhadap ";
            case MOBILIZE -> "ke ";
            case CONCEDE -> "kepada ";
            case RETREAT -> "dari ";
            default -> "";
        };
    }
}
