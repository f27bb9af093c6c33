package draftlint.read;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why a file could not be checked, as a key of {@code rules/reasons_<lang>.properties} and the
 * arguments of its slots: the reader that finds the fault does not know the report's language, so
 * the words are chosen where the report is made ({@code draftlint.engine.Reasons}).
 */
public record Reason(String key, Map<String, Object> args) {
    public Reason {
        args = Map.copyOf(args);
    }

    /** A reason with its arguments given as name, value, name, value, ... */
    public static Reason of(String key, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) throw new IllegalArgumentException("a name without a value: " + key);
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            args.put((String) namesAndValues[i], String.valueOf(namesAndValues[i + 1]));
        }
        return new Reason(key, args);
    }

    /** The first line of a library's message, for the English detail of a reason (never the whole trace). */
    public static String detail(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse("").strip();
    }

    @Override
    public String toString() {
        return args.isEmpty() ? key : key + " " + args;
    }
}
