package dev.atlasj.mysql.internal;

import java.util.Locale;

/** The name of a column type without its arguments and modifiers. */
public final class TypeNames {

    private TypeNames() {
    }

    /** {@code decimal} for {@code decimal(5,2) unsigned}, {@code enum} for {@code enum('a','b')}, in lower case. */
    public static String of(String type) {
        int end = 0;
        while (end < type.length() && (Character.isLetterOrDigit(type.charAt(end)) || type.charAt(end) == '_')) {
            end++;
        }
        return type.substring(0, end).toLowerCase(Locale.ROOT);
    }
}
