package dev.atlasj.migrate.internal;

import java.util.ArrayList;
import java.util.List;

/** A JSON array of hashes, as Atlas stores {@code partial_hashes}: written compactly, read leniently. */
final class JsonStrings {

    private JsonStrings() {
    }

    /** The hashes as a compact JSON array; they are {@code h1:} and base64, which need no escaping. */
    static String write(List<String> hashes) {
        StringBuilder json = new StringBuilder("[");
        for (String hash : hashes) {
            json.append(json.length() > 1 ? "," : "").append('"').append(hash).append('"');
        }
        return json.append(']').toString();
    }

    /** The strings of {@code json}, an array of strings ({@code null} reads as no strings). */
    static List<String> read(String json) {
        List<String> values = new ArrayList<>();
        int i = 0;
        while (i < json.length()) {
            char c = json.charAt(i++);
            if (c != '"') {
                continue;
            }
            StringBuilder value = new StringBuilder();
            while (i < json.length() && json.charAt(i) != '"') {
                char d = json.charAt(i++);
                if (d == '\\' && i < json.length()) {
                    char e = json.charAt(i++);
                    switch (e) {
                        case 'n' -> value.append('\n');
                        case 't' -> value.append('\t');
                        case 'r' -> value.append('\r');
                        case 'b' -> value.append('\b');
                        case 'f' -> value.append('\f');
                        case 'u' -> {
                            value.append((char) Integer.parseInt(json.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> value.append(e);
                    }
                } else {
                    value.append(d);
                }
            }
            i++;
            values.add(value.toString());
        }
        return values;
    }
}
