package org.safepace.bot.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Counts of right/checked per kind and metric, with an "all" row, rendered as a Markdown table. */
final class Tally {

    static final String ALL = "all";
    private final Map<String, Map<String, int[]>> counts = new LinkedHashMap<>();
    private final Set<String> metrics = new LinkedHashSet<>();

    /** Records one result; {@code null} means the metric does not apply to the case (it still gets its column). */
    void add(String kind, String metric, Boolean right) {
        metrics.add(metric);
        if (right == null) {
            return;
        }
        for (String row : List.of(kind, ALL)) {
            int[] c = counts.computeIfAbsent(row, k -> new LinkedHashMap<>()).computeIfAbsent(metric, m -> new int[2]);
            c[0] += right ? 1 : 0;
            c[1]++;
        }
    }

    /** The share right across all kinds, or NaN when nothing was checked. */
    double rate(String metric) {
        int[] c = counts.getOrDefault(ALL, Map.of()).get(metric);
        return c == null || c[1] == 0 ? Double.NaN : (double) c[0] / c[1];
    }

    String cell(String metric) {
        return cell(counts.getOrDefault(ALL, Map.of()).get(metric));
    }

    /** How many cases of a kind the first metric counted (the first metric applies to every case). */
    int cases(String kind) {
        int[] first = counts.getOrDefault(kind, Map.of()).get(metrics.iterator().next());
        return first == null ? 0 : first[1];
    }

    String table(String firstColumn) {
        List<String> rows = new ArrayList<>(counts.keySet());
        rows.remove(ALL);
        rows.sort(String::compareTo);
        rows.add(ALL);
        StringBuilder out = new StringBuilder("| " + firstColumn + " | n |");
        metrics.forEach(m -> out.append(' ').append(m).append(" |"));
        out.append("\n|---|---:|");
        metrics.forEach(m -> out.append("---:|"));
        out.append('\n');
        for (String row : rows) {
            out.append("| ").append(row.equals(ALL) ? "**all**" : row).append(" | ").append(cases(row)).append(" |");
            for (String metric : metrics) {
                out.append(' ').append(cell(counts.get(row).get(metric))).append(" |");
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String cell(int[] c) {
        if (c == null || c[1] == 0) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.0f%% (%d/%d)", 100.0 * c[0] / c[1], c[0], c[1]);
    }
}
