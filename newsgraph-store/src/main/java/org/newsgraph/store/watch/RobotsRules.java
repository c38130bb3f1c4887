package org.newsgraph.store.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules of one robots.txt (RFC 9309) for one user agent: the group whose User-agent matches the agent's product
 * token (its name before any "/"), case-insensitively, else the {@code *} group; within it, the longest matching
 * Allow or Disallow path wins (Allow on a tie); {@code *} matches any characters and a final {@code $} the end of
 * the path. No group, or an empty Disallow, allows everything. Immutable and thread-safe; a malformed line is ignored,
 * as the RFC asks.
 */
public record RobotsRules(List<Rule> rules) {
    /** Allow or disallow paths matching {@code pattern} ({@code length}: the rule's length, for precedence). */
    public record Rule(boolean allow, Pattern pattern, int length) {
    }

    public static final RobotsRules ALLOW_ALL = new RobotsRules(List.of());
    public static final RobotsRules DISALLOW_ALL = new RobotsRules(List.of(new Rule(false, Pattern.compile("/.*"), 1)));

    public RobotsRules {
        rules = List.copyOf(rules);
    }

    public static RobotsRules parse(String text, String userAgent) {
        String token = userAgent.split("/", 2)[0].strip().toLowerCase(Locale.ROOT);
        List<Rule> mine = null;
        List<Rule> star = null;
        List<String> agents = new ArrayList<>();
        List<Rule> current = new ArrayList<>();
        boolean inRules = false;
        List<List<String>> groupAgents = new ArrayList<>();
        List<List<Rule>> groupRules = new ArrayList<>();
        for (String raw : text.split("\r?\n")) {
            String line = raw.replaceFirst("#.*", "").strip();
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (field.equals("user-agent")) {
                if (inRules) {
                    groupAgents.add(agents);
                    groupRules.add(current);
                    agents = new ArrayList<>();
                    current = new ArrayList<>();
                    inRules = false;
                }
                agents.add(value.toLowerCase(Locale.ROOT));
            } else if (field.equals("allow") || field.equals("disallow")) {
                inRules = true;
                if (!value.isEmpty()) {
                    current.add(new Rule(field.equals("allow"), pattern(value), value.length()));
                }
            }
        }
        groupAgents.add(agents);
        groupRules.add(current);
        for (int i = 0; i < groupAgents.size(); i++) {
            for (String a : groupAgents.get(i)) {
                if (a.equals(token)) {
                    mine = mine == null ? new ArrayList<>(groupRules.get(i)) : mine;
                } else if (a.equals("*")) {
                    star = star == null ? new ArrayList<>(groupRules.get(i)) : star;
                }
            }
        }
        List<Rule> chosen = mine != null ? mine : star;
        return chosen == null ? ALLOW_ALL : new RobotsRules(chosen);
    }

    private static Pattern pattern(String path) {
        boolean anchored = path.endsWith("$");
        String p = anchored ? path.substring(0, path.length() - 1) : path;
        StringBuilder re = new StringBuilder();
        for (String part : p.split("\\*", -1)) {
            if (!re.isEmpty()) {
                re.append(".*");
            }
            re.append(Pattern.quote(part));
        }
        return Pattern.compile(re + (anchored ? "" : ".*"), Pattern.DOTALL);
    }

    /** Whether a path (with its query, e.g. {@code /news/feed.xml?x=1}) may be fetched. */
    public boolean allows(String path) {
        String p = path == null || path.isEmpty() ? "/" : path;
        Rule best = null;
        for (Rule r : rules) {
            if (r.pattern().matcher(p).matches()
                    && (best == null || r.length() > best.length() || (r.length() == best.length() && r.allow()))) {
                best = r;
            }
        }
        return best == null || best.allow();
    }
}
