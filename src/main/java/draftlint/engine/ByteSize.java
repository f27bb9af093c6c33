package draftlint.engine;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A size in bytes as people write it ({@code 50MB}, {@code 512k}, {@code 1048576}) and as reports show it. */
public final class ByteSize {
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmg]?)(?:i?b)?", Pattern.CASE_INSENSITIVE);

    private ByteSize() {
    }

    /** Parses a size; {@code k}, {@code m} and {@code g} are powers of 1024, as file managers count. */
    public static long parse(String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) throw new IllegalArgumentException("not a size: '" + text + "' (write e.g. 50MB, 512KB or 1048576)");
        long n = Long.parseLong(m.group(1));
        int shift = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            default -> 0;
        };
        if (n > Long.MAX_VALUE >> shift) throw new IllegalArgumentException("size too large: '" + text + "'");
        return n << shift;
    }

    /** A size for a message: whole units where exact, one decimal otherwise. */
    public static String shown(long bytes) {
        if (bytes < 1024) return bytes + " bytes";
        String[] units = {"KB", "MB", "GB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return value == Math.rint(value) ? (long) value + " " + units[unit]
                : String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
