package draftlint.recognize;

import draftlint.draft.Draft;
import draftlint.fact.Heading;
import draftlint.fact.OutlineEntry;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairs each outline entry with the body heading that has its path ({@code 2.1}: the first
 * sub-heading of the second part), and says whether their texts agree. Body headings are often
 * written inline ({@code （一）优化布局。一是…}) or with a word changed, so texts agree when they are
 * the same once punctuation and spaces are set aside, when one holds the other, or when they differ
 * by a few chars. A draft without body headings gets no entries: there is nothing to pair with.
 */
public final class OutlineRecognizer implements Recognizer {
    /** Chars that may differ in an otherwise unchanged heading, per char of the heading. */
    private static final double EDIT_SHARE = 0.2;

    @Override
    public Set<Class<?>> reads() {
        return Set.of(Heading.class);
    }

    @Override
    public Set<Class<?>> adds() {
        return Set.of(OutlineEntry.class);
    }

    @Override
    public void recognize(Draft draft, Facts facts) {
        List<Heading> headings = facts.ofType(Heading.class);
        Map<String, Heading> bodyByPath = new HashMap<>();
        for (Heading h : headings) {
            if (!h.outline()) bodyByPath.putIfAbsent(h.path(), h);
        }
        if (bodyByPath.isEmpty()) return;
        List<Heading> entries = headings.stream().filter(Heading::outline)
                .sorted(Comparator.comparingInt(Heading::id)).toList();
        Heading[] paired = new Heading[entries.size()];
        for (int i = 0; i < entries.size(); i++) paired[i] = bodyByPath.get(entries.get(i).path());
        // A body heading that stands after the one of a later entry of the same outline is not this
        // entry's part: it is a part of something further on with the same number (an attachment's
        // 二、 after the notice's 三、), and this entry's own part is gone. An outline whose numbers
        // start again is another outline.
        int laterFirst = Integer.MAX_VALUE;
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (i + 1 < entries.size() && top(entries.get(i + 1)) < top(entries.get(i))) laterFirst = Integer.MAX_VALUE;
            if (paired[i] == null) continue;
            int at = paired[i].paragraph();
            if (at > laterFirst) paired[i] = null;
            else laterFirst = at;
        }
        for (int i = 0; i < entries.size(); i++) {
            Heading entry = entries.get(i);
            Heading body = paired[i];
            facts.add(new OutlineEntry(entry.id(), entry.span(), entry.marker(), entry.path(), entry.text(),
                    body == null ? -1 : body.id(), body == null ? 0 : body.span().line(),
                    body == null ? "" : body.text(), body != null && nearlySame(entry.text(), body.text())));
        }
    }

    /** The number of the part an entry's path begins with (2 for 2.1), or MAX_VALUE when not a number. */
    private static int top(Heading entry) {
        String path = entry.path();
        int dot = path.indexOf('.');
        try {
            return Integer.parseInt(dot < 0 ? path : path.substring(0, dot));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    static boolean nearlySame(String a, String b) {
        String x = bare(a);
        String y = bare(b);
        if (x.isEmpty() || y.isEmpty()) return x.equals(y);
        if (x.contains(y) || y.contains(x)) return true;
        return distance(x, y) <= Math.max(2, (int) (EDIT_SHARE * Math.max(x.length(), y.length())));
    }

    /** Letters and digits only: punctuation, spaces and the full stop of an inline heading set aside. */
    private static String bare(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
