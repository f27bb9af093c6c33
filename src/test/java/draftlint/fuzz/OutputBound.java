package draftlint.fuzz;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report is at most {@link #PER_BYTE} bytes for each byte of input, plus {@link #FIXED}: output
 * linear in the input, whatever the input. Each finding prints a bounded excerpt (200 code points
 * at most) and a run of one rule over touching spans is one finding, so a byte of input raises a
 * bounded number of bounded findings. The worst measured: {@code "\u0001*"} repeated, a masked
 * figure every two bytes, each finding quoting 200 control characters that JSON writes as six
 * bytes each, 530 bytes of JSON per byte of input (docs/reliability.md). Before excerpts were
 * cut, a 6 MB line gave 47 GB, and the ratio grew with the line.
 */
final class OutputBound {
    static final int PER_BYTE = 1024;
    static final int FIXED = 64 * 1024;

    private OutputBound() {
    }

    static void check(String format, String report, int inputBytes) {
        long size = report.getBytes(StandardCharsets.UTF_8).length;
        assertThat(size).as("%s report of a %d-byte input", format, inputBytes)
                .isLessThanOrEqualTo((long) PER_BYTE * inputBytes + FIXED);
    }
}
