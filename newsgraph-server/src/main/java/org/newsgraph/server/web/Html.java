package org.newsgraph.server.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Escaping for server-rendered HTML: every text and attribute value that comes from data goes through
 * {@link #esc} (or {@link #seg} inside URLs). {@code null} renders as the empty string. Stateless and thread-safe.
 */
public final class Html {
    private Html() {
    }

    /** Escapes text for element content and double- or single-quoted attribute values. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        sb.append(' ');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** Encodes a value as one URL path segment or query value (already safe inside an attribute). */
    public static String seg(String s) {
        return s == null ? "" : URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** An escaped link. */
    public static String link(String href, String text) {
        return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
    }

    /** Escapes a value embedded in a {@code <script type="application/json">} block. */
    public static String jsonInScript(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
