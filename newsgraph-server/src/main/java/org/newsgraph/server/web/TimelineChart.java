package org.newsgraph.server.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.server.catalog.DayCount;

/**
 * The events-per-day chart as inline SVG (no script needed): one bar per day, or per month when the days span
 * more than 180 days. Bars of events dated by their own date and of events placed by their first report are
 * stacked in two colours; every bar has a tooltip, and the counts are repeated in a table for screen readers.
 * Stateless and thread-safe.
 */
final class TimelineChart {
    private static final int WIDTH = 720;
    private static final int HEIGHT = 160;
    private static final int BASE = 140;

    private TimelineChart() {
    }

    private record Bucket(String label, LocalDate first, int own, int reported) {
    }

    static String svg(List<DayCount> days) {
        if (days.isEmpty()) {
            return Layout.empty("No event has a date yet, so there is nothing to chart. Events get a date from their text, "
                    + "or are placed by the publication date of their first report.");
        }
        List<Bucket> buckets = buckets(days);
        int max = buckets.stream().mapToInt(b -> b.own() + b.reported()).max().orElse(1);
        double slot = (double) WIDTH / buckets.size();
        double bar = Math.max(1, slot * 0.8);
        StringBuilder sb = new StringBuilder();
        int total = days.stream().mapToInt(DayCount::total).sum();
        sb.append("<figure class=\"chart\"><svg viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"chart-title\" preserveAspectRatio=\"none\"><title id=\"chart-title\">")
                .append(Html.esc(total + " events from " + buckets.get(0).label() + " to " + buckets.get(buckets.size() - 1).label()))
                .append("</title>");
        for (int i = 0; i < buckets.size(); i++) {
            Bucket b = buckets.get(i);
            double x = i * slot + (slot - bar) / 2;
            double hOwn = (double) b.own() / max * (BASE - 10);
            double hRep = (double) b.reported() / max * (BASE - 10);
            String tip = b.label() + ": " + b.own() + " dated event" + (b.own() == 1 ? "" : "s")
                    + (b.reported() > 0 ? ", " + b.reported() + " placed by first report" : "");
            sb.append("<g class=\"bar\"><title>").append(Html.esc(tip)).append("</title>");
            if (b.own() > 0) {
                sb.append(rect("own", x, BASE - hOwn, bar, hOwn));
            }
            if (b.reported() > 0) {
                sb.append(rect("reported", x, BASE - hOwn - hRep, bar, hRep));
            }
            sb.append("</g>");
        }
        sb.append("<line x1=\"0\" x2=\"").append(WIDTH).append("\" y1=\"").append(BASE).append("\" y2=\"").append(BASE).append("\" class=\"axis\"/>");
        sb.append(text(2, HEIGHT - 4, "start", buckets.get(0).label()));
        sb.append(text(WIDTH - 2, HEIGHT - 4, "end", buckets.get(buckets.size() - 1).label()));
        sb.append(text(2, 10, "start", "max " + max));
        sb.append("</svg><figcaption><span class=\"key own\"></span> by the event's own date ")
                .append("<span class=\"key reported\"></span> date unknown: by its first report</figcaption>");
        sb.append("<table class=\"visually-hidden\"><caption>Events per ").append(buckets.size() == days.size() ? "day" : "period")
                .append("</caption><tr><th scope=\"col\">When</th><th scope=\"col\">Dated</th><th scope=\"col\">By first report</th></tr>");
        for (Bucket b : buckets.subList(Math.max(0, buckets.size() - 60), buckets.size())) {
            sb.append("<tr><td>").append(Html.esc(b.label())).append("</td><td>").append(b.own()).append("</td><td>").append(b.reported()).append("</td></tr>");
        }
        sb.append("</table></figure>");
        return sb.toString();
    }

    private static List<Bucket> buckets(List<DayCount> days) {
        LocalDate first = days.get(0).day();
        LocalDate last = days.get(days.size() - 1).day();
        List<Bucket> out = new ArrayList<>();
        if (ChronoUnit.DAYS.between(first, last) <= 180) {
            Map<LocalDate, DayCount> byDay = new TreeMap<>();
            days.forEach(d -> byDay.put(d.day(), d));
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                DayCount c = byDay.get(d);
                out.add(new Bucket(d.toString(), d, c == null ? 0 : c.byEventDate(), c == null ? 0 : c.byFirstReport()));
            }
            return out;
        }
        Map<YearMonth, int[]> months = new TreeMap<>();
        days.forEach(d -> {
            int[] c = months.computeIfAbsent(YearMonth.from(d.day()), k -> new int[2]);
            c[0] += d.byEventDate();
            c[1] += d.byFirstReport();
        });
        for (YearMonth m = YearMonth.from(first); !m.isAfter(YearMonth.from(last)); m = m.plusMonths(1)) {
            int[] c = months.getOrDefault(m, new int[2]);
            out.add(new Bucket(m.toString(), m.atDay(1), c[0], c[1]));
        }
        return out;
    }

    private static String rect(String cls, double x, double y, double w, double h) {
        return String.format(Locale.ROOT, "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/>", cls, x, y, w, Math.max(h, 0.5));
    }

    private static String text(double x, double y, String anchor, String s) {
        return String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"%.0f\" text-anchor=\"%s\">%s</text>", x, y, anchor, Html.esc(s));
    }
}
