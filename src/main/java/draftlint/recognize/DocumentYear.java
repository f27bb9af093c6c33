package draftlint.recognize;

import draftlint.draft.Block;
import draftlint.draft.Draft;
import draftlint.fact.Document;

import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a draft is written in, for dates and anniversaries that do not say their year
 * ({@code 4月4日（周五）}, {@code 第41个教师节}). It is read from the date line of the signature
 * (成文日期: a paragraph that is a date and nothing else) and from a year in the title
 * ({@code 关于2025年清明节放假安排的通知}). When both are there and disagree — a 2023 summary
 * signed in January 2024 — the year is unknown, because either could be meant.
 */
final class DocumentYear {
    private static final Pattern DATE_LINE = Pattern.compile("^\\s*((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*\\d{1,2}\\s*日\\s*$");
    private static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");

    private DocumentYear() {
    }

    /** The draft's year, or 0 when it cannot be told. */
    static int of(Draft draft, Facts facts) {
        YearMonth signature = signed(draft, facts);
        int signed = signature == null ? 0 : signature.getYear();
        int titled = 0;
        List<Document> documents = facts.ofType(Document.class);
        if (!documents.isEmpty()) {
            Matcher m = TITLE_YEAR.matcher(documents.get(0).title());
            if (m.find()) titled = Integer.parseInt(m.group(1));
        }
        if (signed != 0 && titled != 0 && signed != titled) return 0;
        return signed != 0 ? signed : titled;
    }

    /** The year and month of the signature's date line (成文日期), or null when there is none. */
    static YearMonth signed(Draft draft, Facts facts) {
        List<Block> blocks = draft.blocks();
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Matcher m = DATE_LINE.matcher(blocks.get(i).text());
            if (m.matches() && !facts.overlapsResidue(i, 0, blocks.get(i).text().length())) {
                int month = Integer.parseInt(m.group(2));
                if (month >= 1 && month <= 12) return YearMonth.of(Integer.parseInt(m.group(1)), month);
            }
        }
        return null;
    }
}
