package draftlint.cli;

import draftlint.engine.ByteSize;
import draftlint.engine.Limits;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code --timeout} and {@code --max-size}: what one input may cost. A file over the size is
 * refused unread; a file over the time is reported as timed out; either way the run goes on.
 */
final class LimitOptions {
    @Option(names = "--timeout", paramLabel = "TIME", converter = TimeConverter.class,
            description = "Time the rules may take on one file (e.g. 30s, 2m, 500ms; default: 30s).")
    Duration timeout = Limits.DEFAULT_TIMEOUT;

    @Option(names = "--max-size", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "Refuse files larger than SIZE unread (e.g. 50MB, 512KB; default: 50MB).")
    long maxSize = Limits.DEFAULT_MAX_BYTES;

    Limits limits() {
        return new Limits(maxSize, timeout);
    }

    /** {@code 30s}, {@code 2m}, {@code 500ms}, or a bare number of seconds. */
    static final class TimeConverter implements ITypeConverter<Duration> {
        private static final Pattern TIME = Pattern.compile("(\\d+)\\s*(ms|s|m|min|h)?");

        @Override
        public Duration convert(String value) {
            Matcher m = TIME.matcher(value.strip().toLowerCase(Locale.ROOT));
            if (!m.matches()) throw new TypeConversionException("not a time: '" + value + "' (write e.g. 30s, 2m or 500ms)");
            String unit = m.group(2) == null ? "s" : m.group(2);
            Duration d;
            try {
                long n = Long.parseLong(m.group(1));
                d = switch (unit) {
                    case "ms" -> Duration.ofMillis(n);
                    case "m", "min" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofSeconds(n);
                };
            } catch (NumberFormatException | ArithmeticException e) {
                throw new TypeConversionException("too long a time: '" + value + "'");
            }
            if (d.isZero()) throw new TypeConversionException("the time budget must be more than zero");
            return d;
        }
    }

    static final class SizeConverter implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            long size;
            try {
                size = ByteSize.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
            if (size == 0) throw new TypeConversionException("the size limit must be more than zero");
            if (size > Limits.MOST_BYTES) {
                throw new TypeConversionException("draftlint reads at most " + ByteSize.shown(Limits.MOST_BYTES)
                        + " of one input, not " + value);
            }
            return size;
        }
    }
}
