package draftlint.fact;

import java.util.Map;

/** Font sizes as writers name them: the Chinese 字号 with its points, or the points alone. */
public final class TypeSize {
    private static final Map<Integer, String> NAMES = Map.ofEntries(Map.entry(84, "初号"), Map.entry(72, "小初"),
            Map.entry(52, "一号"), Map.entry(48, "小一"), Map.entry(44, "二号"), Map.entry(36, "小二"),
            Map.entry(32, "三号"), Map.entry(30, "小三"), Map.entry(28, "四号"), Map.entry(24, "小四"),
            Map.entry(21, "五号"), Map.entry(18, "小五"));

    private TypeSize() {
    }

    /** {@code 小四（12磅）}, or {@code 11磅} for a size with no Chinese name. */
    public static String zh(int halfPoints) {
        String name = NAMES.get(halfPoints);
        return name == null ? points(halfPoints) + "磅" : name + "（" + points(halfPoints) + "磅）";
    }

    /** {@code 12 pt (小四)}, or {@code 11 pt}. */
    public static String en(int halfPoints) {
        String name = NAMES.get(halfPoints);
        return name == null ? points(halfPoints) + " pt" : points(halfPoints) + " pt (" + name + ")";
    }

    static String points(int halfPoints) {
        return halfPoints % 2 == 0 ? Integer.toString(halfPoints / 2) : (halfPoints / 2) + ".5";
    }
}
