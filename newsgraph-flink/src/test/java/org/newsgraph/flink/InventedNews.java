package org.newsgraph.flink;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Invented news reports for tests at a larger scale than a hand-written fixture: several reports of each invented
 * happening from different outlets, syndicated copies (same text, other address) and re-sent records.
 */
final class InventedNews {
    private static final String[] TOWNS = {"Marrow", "Sallow", "Dunmere", "Kestwick", "Brannock", "Orlen", "Tavish", "Quillon",
        "Harth", "Lenmouth", "Corrin", "Vesk"};
    private static final String[] PEOPLE = {"Ilsa Brandt", "Daven Roth", "Mara Quill", "Tobin Garr", "Edda Morrow", "Piet Halden"};
    private static final String[] OUTLETS = {"Valley Post", "Northern Ledger", "Capital Times", "Harbour News"};

    private InventedNews() {
    }

    /** About {@code happenings} × 3 JSON lines (plus copies and re-sent lines). */
    static List<String> lines(int happenings) {
        ObjectMapper json = new ObjectMapper();
        List<String> out = new ArrayList<>();
        for (int h = 0; h < happenings; h++) {
            String town = TOWNS[h % TOWNS.length];
            String person = PEOPLE[h % PEOPLE.length];
            LocalDate day = LocalDate.of(2025, 1, 1).plusDays(h * 3L);
            String what = switch (h % 4) {
                case 0 -> "police arrested " + person + ", a local official, on charges of fraud";
                case 1 -> "the council led by " + person + " approved a new budget for schools and roads";
                case 2 -> "workers at the port walked out in a strike over pay, union leader " + person + " said";
                default -> "floods forced the evacuation of two thousand residents, governor " + person + " said";
            };
            for (int r = 0; r < 3; r++) {
                String outlet = OUTLETS[(h + r) % OUTLETS.length];
                String text = switch (r) {
                    case 0 -> "In " + town + " on " + day.getDayOfWeek().name().charAt(0) + day.getDayOfWeek().name().substring(1).toLowerCase(java.util.Locale.ROOT)
                            + ", " + what + ". Officials in " + town + " said more details would follow in report number " + h + ".";
                    case 1 -> "Reports from " + town + ": " + what + ". Residents of " + town + " gathered outside the town hall, story " + h + ".";
                    default -> town + " update " + h + ": " + what + ", according to statements released in " + town + " that day.";
                };
                ObjectNode o = json.createObjectNode();
                o.put("id", "h" + h + "-r" + r);
                o.put("url", "https://" + outlet.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + ".example/" + h + "/" + r);
                o.put("outlet", outlet);
                o.put("published", day.toString());
                o.put("title", town + ": report " + h + "." + r);
                o.put("text", town + ": report " + h + "." + r + "\n\n" + text);
                out.add(o.toString());
                if (r == 0 && h % 5 == 0) {
                    ObjectNode copy = o.deepCopy();
                    copy.put("id", "h" + h + "-copy");
                    copy.put("url", "https://wire-desk.example/" + h);
                    out.add(copy.toString());
                }
                if (r == 1 && h % 7 == 0) {
                    out.add(o.toString()); // the same record sent twice
                }
            }
        }
        return out;
    }
}
