package draftlint.read;

/** Text decoded from bytes, with the name of the charset that decoded it. */
public record DecodedText(String text, String encoding, boolean byteOrderMark) {
}
