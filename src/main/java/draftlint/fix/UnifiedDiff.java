package draftlint.fix;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A unified diff of two texts by lines ({@code diff -u} with three lines of context), for
 * {@code draftlint fix --dry-run}. Lines are compared by Myers' algorithm, which costs time in
 * proportion to the number of differences, so a long draft with a few fixes is cheap.
 */
final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /** One line of the edit script: kept, removed or added, and where it stands in both texts. */
    private record Op(char kind, String line, int a, int b) {
    }

    /** The diff, or "" when the texts have the same lines. */
    static String of(String path, List<String> before, List<String> after) {
        List<Op> ops = script(before, after);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i).kind == ' ') {
                i++;
                continue;
            }
            int from = Math.max(0, i - CONTEXT);
            int last = i; // the last change of this hunk
            int j = i + 1;
            for (; j < ops.size(); j++) {
                if (ops.get(j).kind != ' ') {
                    last = j;
                } else if (j - last > 2 * CONTEXT) {
                    break;
                }
            }
            int to = Math.min(ops.size(), last + CONTEXT + 1);
            int countA = 0;
            int countB = 0;
            StringBuilder body = new StringBuilder();
            for (int k = from; k < to; k++) {
                Op op = ops.get(k);
                if (op.kind != '+') countA++;
                if (op.kind != '-') countB++;
                body.append(op.kind).append(op.line).append('\n');
            }
            Op first = ops.get(from);
            out.append("@@ -").append(range(first.a, countA)).append(" +").append(range(first.b, countB)).append(" @@\n")
                    .append(body);
            i = to;
        }
        if (out.isEmpty()) return "";
        return "--- a/" + path + "\n+++ b/" + path + "\n" + out;
    }

    private static List<Op> script(List<String> before, List<String> after) {
        List<Op> ops = new ArrayList<>();
        int a = 0;
        int b = 0;
        List<int[]> pairs = matches(before, after);
        pairs.add(new int[]{before.size(), after.size()});
        for (int[] p : pairs) {
            for (; a < p[0]; a++) ops.add(new Op('-', before.get(a), a, b));
            for (; b < p[1]; b++) ops.add(new Op('+', after.get(b), a, b));
            if (a < before.size() && b < after.size()) ops.add(new Op(' ', before.get(a), a, b));
            a++;
            b++;
        }
        return ops;
    }

    /** A hunk range: 1-based start and count; an empty range names the line before it. */
    private static String range(int start, int count) {
        return (count == 0 ? start : start + 1) + "," + count;
    }

    /**
     * The matched line pairs (index in before, index in after) of a shortest edit script. The lines
     * both texts begin and end with are matched first, so that Myers' search (whose memory grows
     * with the length it searches times the number of differences) sees only the changed middle.
     */
    static List<int[]> matches(List<String> before, List<String> after) {
        int head = 0;
        while (head < before.size() && head < after.size() && before.get(head).equals(after.get(head))) head++;
        int tail = 0;
        while (tail < before.size() - head && tail < after.size() - head
                && before.get(before.size() - 1 - tail).equals(after.get(after.size() - 1 - tail))) tail++;
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < head; i++) pairs.add(new int[]{i, i});
        for (int[] p : myers(before.subList(head, before.size() - tail), after.subList(head, after.size() - tail))) {
            pairs.add(new int[]{p[0] + head, p[1] + head});
        }
        for (int k = tail; k > 0; k--) pairs.add(new int[]{before.size() - k, after.size() - k});
        return pairs;
    }

    private static List<int[]> myers(List<String> x, List<String> y) {
        int n = x.size();
        int m = y.size();
        int max = n + m;
        int[] v = new int[2 * max + 2];
        List<int[]> trace = new ArrayList<>();
        int found = -1;
        for (int d = 0; d <= max && found < 0; d++) {
            trace.add(v.clone());
            for (int k = -d; k <= d; k += 2) {
                int i;
                if (k == -d || (k != d && v[max + k - 1] < v[max + k + 1])) i = v[max + k + 1];
                else i = v[max + k - 1] + 1;
                int j = i - k;
                while (i < n && j < m && x.get(i).equals(y.get(j))) {
                    i++;
                    j++;
                }
                v[max + k] = i;
                if (i >= n && j >= m) {
                    found = d;
                    break;
                }
            }
        }
        // Backtrack through the saved frontiers, collecting the diagonal (matched) moves.
        List<int[]> pairs = new ArrayList<>();
        int i = n;
        int j = m;
        for (int d = found; d >= 0; d--) {
            int[] frontier = trace.get(d);
            int k = i - j;
            int prevK;
            if (d == 0) {
                prevK = 0;
            } else if (k == -d || (k != d && frontier[max + k - 1] < frontier[max + k + 1])) {
                prevK = k + 1;
            } else {
                prevK = k - 1;
            }
            int prevI = d == 0 ? 0 : frontier[max + prevK];
            int prevJ = prevI - prevK;
            int startI = d == 0 ? 0 : (prevK == k + 1 ? prevI : prevI + 1);
            int startJ = startI - k;
            while (i > startI && j > startJ) {
                i--;
                j--;
                pairs.add(new int[]{i, j});
            }
            i = prevI;
            j = prevJ;
        }
        Collections.reverse(pairs);
        return pairs;
    }
}
