package draftlint.mutation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headings of a host as a planter needs them: 一、 (level 1), （一） (level 2), 1. (level 3) at the
 * start of a line, and their runs of siblings. Deliberately simple and independent of draftlint's
 * own HeadingRecognizer: the harness must not see headings only where the recognizer does. Only runs
 * numbered 1, 2, 3… without a break are offered to planters, so every planted defect is the only one.
 */
final class HeadingSketch {
    private static final Pattern[] LEVELS = {
            Pattern.compile("^([一二三四五六七八九十]{1,3})、"),
            Pattern.compile("^（([一二三四五六七八九十]{1,3})）"),
            Pattern.compile("^(\\d{1,2})[.．](?![\\d.．])"),
    };

    /** A heading: its line (0-based), level 1–3, number, and where its marker ends. */
    record Heading(int line, int level, int number, int markerEnd, String marker) {
    }

    /** Siblings under one parent (or none), numbered 1..n in order; parent is -1 at the top. */
    record Run(int parentLine, int level, List<Heading> items, int end) {
        Heading get(int i) {
            return items.get(i);
        }

        int size() {
            return items.size();
        }

        /** The end (exclusive line) of item i's section: the next sibling, or the end of the run's parent. */
        int sectionEnd(int i) {
            return i + 1 < items.size() ? items.get(i + 1).line() : end;
        }
    }

    final List<Heading> headings = new ArrayList<>();
    final List<Run> runs = new ArrayList<>();

    HeadingSketch(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            for (int lv = 0; lv < LEVELS.length; lv++) {
                Matcher m = LEVELS[lv].matcher(l);
                if (!m.find()) continue;
                int n = lv == 2 ? Integer.parseInt(m.group(1)) : chinese(m.group(1));
                if (n > 0 && l.length() > m.end() + 1) headings.add(new Heading(i, lv + 1, n, m.end(), m.group()));
                break;
            }
        }
        List<List<Heading>> open = new ArrayList<>();
        List<Integer> parents = new ArrayList<>();
        for (int h = 0; h < headings.size(); h++) {
            Heading cur = headings.get(h);
            int parent = -1;
            for (int k = h - 1; k >= 0; k--) {
                if (headings.get(k).level() < cur.level()) {
                    parent = headings.get(k).line();
                    break;
                }
            }
            boolean joined = false;
            for (int r = 0; r < open.size(); r++) {
                List<Heading> run = open.get(r);
                Heading last = run.get(run.size() - 1);
                if (last.level() == cur.level() && parents.get(r) == parent && cur.number() == last.number() + 1) {
                    run.add(cur);
                    joined = true;
                    break;
                }
            }
            if (!joined && cur.number() == 1) {
                open.add(new ArrayList<>(List.of(cur)));
                parents.add(parent);
            }
        }
        for (int r = 0; r < open.size(); r++) {
            List<Heading> items = open.get(r);
            if (items.size() < 2 || !clean(items, parents.get(r))) continue;
            Heading last = items.get(items.size() - 1);
            int end = lines.size();
            for (Heading h : headings) {
                if (h.line() > last.line() && h.level() < last.level()) {
                    end = h.line();
                    break;
                }
            }
            runs.add(new Run(parents.get(r), last.level(), List.copyOf(items), end));
        }
    }

    /** No other heading of the same level and parent between the first and last item: a clean run. */
    private boolean clean(List<Heading> items, int parent) {
        int from = items.get(0).line(), to = items.get(items.size() - 1).line();
        int level = items.get(0).level();
        long between = headings.stream().filter(h -> h.line() >= from && h.line() <= to && h.level() == level).count();
        return between == items.size();
    }

    List<Heading> childrenOf(Heading parent, int level) {
        for (Run r : runs) if (r.parentLine() == parent.line() && r.level() == level) return r.items();
        return List.of();
    }

    static int chinese(String s) {
        String digits = "一二三四五六七八九";
        if (s.equals("十")) return 10;
        int ten = s.indexOf('十');
        if (ten < 0) return s.length() == 1 ? digits.indexOf(s.charAt(0)) + 1 : -1;
        int tens = ten == 0 ? 1 : digits.indexOf(s.charAt(0)) + 1;
        int ones = ten == s.length() - 1 ? 0 : digits.indexOf(s.charAt(ten + 1)) + 1;
        return tens * 10 + ones;
    }

    static String chinese(int n) {
        String digits = "一二三四五六七八九";
        if (n < 10) return String.valueOf(digits.charAt(n - 1));
        String tens = n / 10 == 1 ? "十" : digits.charAt(n / 10 - 1) + "十";
        return n % 10 == 0 ? tens : tens + digits.charAt(n % 10 - 1);
    }

    /** The marker of a heading of this level written with the number n. */
    static String marker(int level, int n) {
        return switch (level) {
            case 1 -> chinese(n) + "、";
            case 2 -> "（" + chinese(n) + "）";
            default -> n + ".";
        };
    }
}
