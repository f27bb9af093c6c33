package draftlint.recognize;

import draftlint.draft.Block;
import draftlint.draft.Draft;
import draftlint.fact.Document;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a draft is written in, for dates and anniversaries that do not say their year
 * ({@code 4月4日（周五）}, {@code 第41个教师节}). It is read from the date line of the signature
 * (成文日期: a paragraph that is a date and nothing else) and from a year in the title
 * ({@code 关于2025年清明节放假安排的通知}), a title set on several lines included
 * ({@code 国务院办公厅关于2019年} / {@code 部分节假日安排的通知}). When both are there and disagree —
 * a 2023 summary signed in January 2024, a holiday schedule for 2019 signed in December 2018 — the
 * year is unknown, because either could be meant; {@link #candidates} gives both.
 */
final class DocumentYear {
    private static final Pattern DATE_LINE = Pattern.compile("^\\s*((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*\\d{1,2}\\s*日\\s*$");
    private static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    /** A line above the title line that is its first part: no sentence ends in it, no 发文字号 or date. */
    private static final Pattern TITLE_PART = Pattern.compile("^(?!.*\\d\\s*月)[^。；;：:！？!?〔\\[]{2,40}$");
    /** GB/T 9704 sets a long title on two or three lines. */
    private static final int TITLE_LINES = 3;

    private DocumentYear() {
    }

    /** The draft's year, or 0 when it cannot be told. */
    static int of(Draft draft, Facts facts) {
        YearMonth signature = signed(draft);
        int signed = signature == null ? 0 : signature.getYear();
        int titled = titled(draft, facts);
        if (signed != 0 && titled != 0 && signed != titled) return 0;
        return signed != 0 ? signed : titled;
    }

    /**
     * The years the draft may be about, most likely first: the title's, then the signature's. A
     * date that does not say its year belongs to one of them; which one, only its weekday can tell.
     */
    static List<Integer> candidates(Draft draft, Facts facts) {
        YearMonth signature = signed(draft);
        int titled = titled(draft, facts);
        List<Integer> years = new ArrayList<>();
        if (titled != 0) years.add(titled);
        if (signature != null && signature.getYear() != titled) years.add(signature.getYear());
        return List.copyOf(years);
    }

    /**
     * The year named in the title, or 0: the title line and the lines above it that are its first
     * part. A line above that holds page chrome ends the title (from the draft with residue masked).
     */
    static int titled(Draft draft, Facts facts) {
        List<Document> documents = facts.ofType(Document.class);
        if (documents.isEmpty() || documents.get(0).titleParagraph() < 0) return 0;
        int at = documents.get(0).titleParagraph();
        List<Block> blocks = draft.blocks();
        StringBuilder title = new StringBuilder(documents.get(0).title());
        for (int i = at - 1; i >= 0 && i >= at - (TITLE_LINES - 1); i--) {
            String line = blocks.get(i).text().strip();
            if (!TITLE_PART.matcher(line).matches() || ResidueMask.holdsChrome(line)) break;
            title.insert(0, line);
        }
        Matcher m = TITLE_YEAR.matcher(title);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /**
     * The year and month of the signature's date line (成文日期), or null when there is none; of a
     * draft with residue masked, so a dated byline of the site is no signature.
     */
    static YearMonth signed(Draft draft) {
        List<Block> blocks = draft.blocks();
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Matcher m = DATE_LINE.matcher(blocks.get(i).text()); // (it matches no masked char)
            if (m.matches()) {
                int month = Integer.parseInt(m.group(2));
                if (month >= 1 && month <= 12) return YearMonth.of(Integer.parseInt(m.group(1)), month);
            }
        }
        return null;
    }
}
