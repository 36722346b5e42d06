package dev.atlasj.mysql.internal.diff;

import java.util.Locale;
import java.util.Map;

/**
 * Character sets and collations as the model holds them: a character set and a collation stored only
 * when they differ from what the object inherits (see {@link dev.atlasj.mysql.MySqlAttributes#CHARSET}).
 *
 * <p>{@link #relativeTo} brings any spelling to that form: the character set a collation implies is
 * filled in, the collation a character set implies by default is filled in where it is the same on
 * every supported server, and what equals the parent's is dropped.
 */
final class CharacterSets {

    /**
     * The default collation of each character set whose default is the same on MySQL 8 and MariaDB 10.6
     * and later. The Unicode sets are left out: MySQL 8 defaults {@code utf8mb4} to
     * {@code utf8mb4_0900_ai_ci}, MariaDB to {@code utf8mb4_general_ci}, MariaDB 11 to
     * {@code utf8mb4_uca1400_ai_ci}, and {@code character_set_collations} may change them.
     */
    private static final Map<String, String> DEFAULT_COLLATIONS = Map.ofEntries(
            Map.entry("armscii8", "armscii8_general_ci"), Map.entry("ascii", "ascii_general_ci"),
            Map.entry("big5", "big5_chinese_ci"), Map.entry("binary", "binary"),
            Map.entry("cp1250", "cp1250_general_ci"), Map.entry("cp1251", "cp1251_general_ci"),
            Map.entry("cp1256", "cp1256_general_ci"), Map.entry("cp1257", "cp1257_general_ci"),
            Map.entry("cp850", "cp850_general_ci"), Map.entry("cp852", "cp852_general_ci"),
            Map.entry("cp866", "cp866_general_ci"), Map.entry("cp932", "cp932_japanese_ci"),
            Map.entry("dec8", "dec8_swedish_ci"), Map.entry("eucjpms", "eucjpms_japanese_ci"),
            Map.entry("euckr", "euckr_korean_ci"), Map.entry("gb2312", "gb2312_chinese_ci"),
            Map.entry("gbk", "gbk_chinese_ci"), Map.entry("geostd8", "geostd8_general_ci"),
            Map.entry("greek", "greek_general_ci"), Map.entry("hebrew", "hebrew_general_ci"),
            Map.entry("hp8", "hp8_english_ci"), Map.entry("keybcs2", "keybcs2_general_ci"),
            Map.entry("koi8r", "koi8r_general_ci"), Map.entry("koi8u", "koi8u_general_ci"),
            Map.entry("latin1", "latin1_swedish_ci"), Map.entry("latin2", "latin2_general_ci"),
            Map.entry("latin5", "latin5_turkish_ci"), Map.entry("latin7", "latin7_general_ci"),
            Map.entry("macce", "macce_general_ci"), Map.entry("macroman", "macroman_general_ci"),
            Map.entry("sjis", "sjis_japanese_ci"), Map.entry("swe7", "swe7_swedish_ci"),
            Map.entry("tis620", "tis620_thai_ci"), Map.entry("ujis", "ujis_japanese_ci"));

    private CharacterSets() {
    }

    /**
     * A character set and collation, either of which may be {@code null}: not set on the object, or
     * for a parent, not known (the server's default, which the model does not hold).
     */
    record Pair(String charset, String collation) {

        static final Pair UNKNOWN = new Pair(null, null);

        /** What an object with these settings has, given what it would inherit from {@code parent}. */
        Pair effective(Pair parent) {
            if (charset == null && collation == null) {
                return parent;
            }
            String c = charset != null ? charset : charsetOf(collation);
            String k = collation != null ? collation : DEFAULT_COLLATIONS.get(c);
            return new Pair(c, k);
        }
    }

    /**
     * The model's form of an object's own settings {@code own} under {@code parent}'s: the character
     * set of the collation filled in, the collation of the character set filled in when known, then
     * both dropped when the collation is the parent's, or the character set alone when it is the
     * parent's and the collation is known. Idempotent.
     */
    static Pair relativeTo(Pair own, Pair parent) {
        String charset = canonical(own.charset());
        String collation = canonical(own.collation());
        if (charset == null && collation != null) {
            charset = charsetOf(collation);
        }
        if (collation == null && charset != null) {
            collation = DEFAULT_COLLATIONS.get(charset);
        }
        if (collation != null && collation.equals(parent.collation())) {
            return Pair.UNKNOWN;
        }
        if (charset != null && collation != null && charset.equals(parent.charset())) {
            charset = null;
        }
        return new Pair(charset, collation);
    }

    /** The character set of a collation: the part of its name before the first {@code _}. */
    static String charsetOf(String collation) {
        int underscore = collation.indexOf('_');
        return underscore < 0 ? collation : collation.substring(0, underscore);
    }

    /** Lower case, with {@code utf8} spelled {@code utf8mb3} as both servers now print it. */
    static String canonical(String name) {
        if (name == null) {
            return null;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("utf8") || lower.startsWith("utf8_")) {
            return "utf8mb3" + lower.substring("utf8".length());
        }
        return lower;
    }
}
