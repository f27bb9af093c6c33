package draftlint.read;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Turns the bytes of a text file into text. Order of belief: a byte-order mark; bytes that are
 * valid UTF-8; a non-GB Chinese or Japanese/Korean charset that ICU's detector is sure of (Big5
 * bytes are nearly always valid GB18030 too, so strict decoding alone cannot tell them apart);
 * GB18030, which is what Chinese Windows saves; and last whatever ICU guesses that decodes.
 * Anything that looks binary is refused with a reason, never decoded into garbage findings.
 */
public final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");
    /** Charsets ICU may name that GB18030 would otherwise swallow without an error. */
    private static final Set<String> OTHER_CJK = Set.of("Big5", "EUC-JP", "Shift_JIS", "EUC-KR", "ISO-2022-JP",
            "ISO-2022-KR", "ISO-2022-CN");
    private static final int SURE = 60;

    public DecodedText decode(byte[] bytes) throws UnreadableInputException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new DecodedText(strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8"), "UTF-8", true);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new DecodedText(strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE"), "UTF-16LE", true);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new DecodedText(strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE"), "UTF-16BE", true);
        }
        String kind = binaryKind(bytes);
        if (kind != null) {
            throw new UnreadableInputException(Reason.of(kind));
        }
        String utf8 = tryDecode(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new DecodedText(utf8, "UTF-8", false);
        }
        CharsetMatch guess = detect(bytes);
        if (guess != null && guess.getConfidence() >= SURE && OTHER_CJK.contains(guess.getName())) {
            String other = tryDecode(bytes, Charset.forName(guess.getName()));
            if (other != null) {
                return new DecodedText(other, guess.getName(), false);
            }
        }
        String gb = tryDecode(bytes, GB18030);
        if (gb != null) {
            return new DecodedText(gb, "GB18030", false);
        }
        if (guess != null && guess.getConfidence() >= SURE && Charset.isSupported(guess.getName())) {
            String other = tryDecode(bytes, Charset.forName(guess.getName()));
            if (other != null && !looksBinary(other)) {
                return new DecodedText(other, guess.getName(), false);
            }
        }
        throw new UnreadableInputException(Reason.of("cannot-decode"));
    }

    private static CharsetMatch detect(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        return detector.detect();
    }

    /** The reason key naming the kind of a binary file from its first bytes, or null for bytes that may be text. */
    private static String binaryKind(byte[] bytes) {
        if (startsWith(bytes, '%', 'P', 'D', 'F')) return "text-is-pdf";
        if (startsWith(bytes, 0x89, 'P', 'N', 'G')) return "text-is-png";
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) return "text-is-jpeg";
        if (startsWith(bytes, 'P', 'K', 3, 4)) return "text-is-zip";
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) return "text-is-ole2";
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) return "text-is-binary";
        }
        return null;
    }

    private static boolean looksBinary(String text) {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') control++;
        }
        return control > text.length() / 100;
    }

    private static String strict(byte[] bytes, int skip, Charset charset, String name) throws UnreadableInputException {
        String text = tryDecode(java.util.Arrays.copyOfRange(bytes, skip, bytes.length), charset);
        if (text == null) {
            throw new UnreadableInputException(Reason.of("bad-bom", "encoding", name));
        }
        return text;
    }

    private static String tryDecode(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
