package dev.atlasj.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The first words of a statement, upper-cased, for telling what kind of statement it is: comments are
 * skipped, a parenthesized list counts as one word {@code (}, a quoted identifier or a string as one word.
 */
final class LeadingWords {

    private LeadingWords() {
    }

    static List<String> of(String sql, int count) {
        List<String> words = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n && words.size() < count) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '(') {
                int depth = 0;
                do {
                    char d = sql.charAt(i++);
                    depth += d == '(' ? 1 : d == ')' ? -1 : 0;
                } while (i < n && depth > 0);
                words.add("(");
            } else if (c == '"' || c == '\'') {
                int end = sql.indexOf(c, i + 1);
                end = end < 0 ? n : end + 1;
                words.add(sql.substring(i, end));
                i = end;
            } else {
                int start = i;
                while (i < n && !Character.isWhitespace(sql.charAt(i)) && "();,'\"".indexOf(sql.charAt(i)) < 0) {
                    i++;
                }
                if (i == start) {
                    i++;
                    continue;
                }
                words.add(sql.substring(start, i).toUpperCase(Locale.ROOT));
            }
        }
        return words;
    }
}
