package draftlint.read;

import java.util.ArrayList;
import java.util.List;

/** Splits decoded text into lines at CRLF, CR or LF, as editors number them. */
final class SourceLines {
    private SourceLines() {
    }

    static List<String> split(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
                start = i + 1;
            }
        }
        if (start < n) lines.add(text.substring(start));
        return lines;
    }

    /** Code-point column (1-based) of the char at UTF-16 index {@code index} of {@code line}. */
    static int column(String line, int index) {
        return line.codePointCount(0, index) + 1;
    }

    static boolean isBlank(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (!isSpace(line.charAt(i))) return false;
        }
        return true;
    }

    /** White space including the full-width space that Chinese drafts indent with. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || c == '\uFEFF';
    }
}
